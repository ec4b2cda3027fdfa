package dev.errata.processor.scale;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the bytecode length of every method of a class file. ASM does not expose the length of
 * a method's Code attribute, and the class file format (JVMS chapter 4) makes it a short walk.
 */
final class ClassFiles {

  private ClassFiles() {}

  /** Method name and descriptor → length in bytes of its code. */
  static Map<String, Integer> codeLengths(byte[] classFile) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort(); // minor
    in.readUnsignedShort(); // major
    String[] utf8 = readConstantPool(in);
    in.readUnsignedShort(); // access flags
    in.readUnsignedShort(); // this class
    in.readUnsignedShort(); // super class
    skip(in, 2 * in.readUnsignedShort()); // interfaces
    int fields = in.readUnsignedShort();
    for (int i = 0; i < fields; i++) {
      skip(in, 6);
      skipAttributes(in);
    }
    Map<String, Integer> lengths = new LinkedHashMap<>();
    int methods = in.readUnsignedShort();
    for (int i = 0; i < methods; i++) {
      in.readUnsignedShort(); // access flags
      String name = utf8[in.readUnsignedShort()] + utf8[in.readUnsignedShort()];
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        String attribute = utf8[in.readUnsignedShort()];
        int length = in.readInt();
        if (attribute.equals("Code")) {
          in.readUnsignedShort(); // max stack
          in.readUnsignedShort(); // max locals
          int codeLength = in.readInt();
          lengths.put(name, codeLength);
          skip(in, length - 8);
        } else {
          skip(in, length);
        }
      }
    }
    return lengths;
  }

  private static String[] readConstantPool(DataInputStream in) throws IOException {
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1:
          utf8[i] = in.readUTF();
          break;
        case 7: case 8: case 16: case 19: case 20:
          skip(in, 2);
          break;
        case 15:
          skip(in, 3);
          break;
        case 3: case 4: case 9: case 10: case 11: case 12: case 17: case 18:
          skip(in, 4);
          break;
        case 5: case 6:
          skip(in, 8);
          i++; // eight-byte constants take two entries
          break;
        default:
          throw new IOException("unknown constant pool tag " + tag);
      }
    }
    return utf8;
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      in.readUnsignedShort();
      skip(in, in.readInt());
    }
  }

  private static void skip(DataInputStream in, int bytes) throws IOException {
    in.skipNBytes(bytes);
  }
}
