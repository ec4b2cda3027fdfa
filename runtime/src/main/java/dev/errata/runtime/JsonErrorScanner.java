package dev.errata.runtime;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * One forward pass of a streaming parser over a JSON error body, filling a {@link ScannedBody}.
 *
 * <p>There is no tree and no recursion: each value is placed by its position, read from the
 * parser's context chain ("a string named {@code code} inside the {@code extensions} of an entry
 * of the root's {@code errors} array"). Containers that cannot hold anything of interest (a
 * GraphQL {@code data} tree, {@code locations}, unknown members) are skipped whole. The
 * positions read are:
 *
 * <pre>
 * /code /errorCode /error_code /type /title /status /detail /instance /message
 * /error (string: OAuth) /error_description /requestId /request_id /traceId /trace_id
 * /correlationId /correlation_id /retryable (a boolean)
 * /error/{code,message,status,type}
 * /errors/N (string)  /errors/N/{message,detail,title,code,type,path,field}
 * /errors/N/extensions/code  /errors/N/path/M  /errors/N/source/{pointer,parameter}
 * /errors/FIELD (string or array of strings: field → messages)
 * </pre>
 *
 * plus whatever the catalog's code and message pointers name, and the places where its
 * definitions' members may stand ({@link FoundMembers}). The scan stops at the first
 * parse error (invalid or truncated JSON, invalid UTF-8, a violated read constraint); what it
 * found until then is kept.
 */
final class JsonErrorScanner {

  private JsonErrorScanner() {}

  /** Scans {@code p} to its end or to its first error; never throws. */
  static void scan(JsonParser p, ScannedBody b, BodyPointers pointers) {
    try {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return;
      }
      b.json = true;
      FoundMembers members = b.members;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        switch (t) {
          case START_OBJECT:
          case START_ARRAY: {
            boolean array = t == JsonToken.START_ARRAY;
            boolean forMembers = members != null && members.container(p, array);
            if (!enter(p, b, array, pointers) && !forMembers) {
              p.skipChildren();
            }
            break;
          }
          case END_OBJECT:
            if (isErrorsArray(p.streamReadContext())) {
              b.endEntry();
            }
            break;
          case END_ARRAY:
            if (members != null) {
              members.arrayEnd(p);
            }
            break;
          case VALUE_STRING:
          case VALUE_NUMBER_INT:
            value(p, t, b, pointers);
            break;
          case VALUE_TRUE:
          case VALUE_FALSE:
            if (p.streamReadContext().getNestingDepth() == 1 && "retryable".equals(p.currentName())) {
              b.retryable = t == JsonToken.VALUE_TRUE;
            }
            break;
          default:
            break; // names, floats and nulls carry nothing else the decoder uses
        }
        if (members != null && t.isScalarValue()) {
          members.scalar(p, t);
        }
      }
    } catch (JacksonException badInput) {
      // Invalid, truncated or hostile JSON ends the scan; what was found is kept.
    }
  }

  /** Whether to descend into the container that starts here. */
  private static boolean enter(
      JsonParser p, ScannedBody b, boolean array, BodyPointers pointers) {
    TokenStreamContext c = p.streamReadContext().getParent(); // the context holding the container
    switch (c.getNestingDepth()) {
      case 1: {
        String name = c.currentName();
        if ("errors".equals(name) || (!array && "error".equals(name))) {
          return true;
        }
        break;
      }
      case 2:
        if (isErrorsArray(c)) {
          if (!array && b.beginEntry()) {
            return true;
          }
          break; // an entry past MAX_ERRORS, or not an object: only a pointer may lead into it
        }
        if (array && isErrorsObject(c)) {
          return true; // {"errors": {"email": ["is invalid"]}}
        }
        break;
      case 3:
        if (c.inObject() && isErrorsArray(c.getParent())) {
          String name = c.currentName();
          if ("extensions".equals(name) ? !array : "path".equals(name) ? array : "source".equals(name) && !array) {
            return true;
          }
        }
        break;
      default:
        break;
    }
    return !pointers.isEmpty() && pointers.leadsToAny(c);
  }

  private static void value(
      JsonParser p, JsonToken t, ScannedBody b, BodyPointers pointers) {
    TokenStreamContext c = p.streamReadContext();
    boolean string = t == JsonToken.VALUE_STRING;
    if (!pointers.isEmpty()) {
      pointers.collect(p, c, string, b);
    }
    switch (c.getNestingDepth()) {
      case 1:
        root(p, c.currentName(), string, b);
        break;
      case 2: {
        TokenStreamContext parent = c.getParent();
        String container = parent.currentName();
        if ("error".equals(container) && c.inObject()) {
          error(p, c.currentName(), string, b);
        } else if ("errors".equals(container) && string) {
          b.addMessageEntry(text(p), c.inObject() ? c.currentName() : null);
        }
        break;
      }
      case 3:
        if (c.inObject() && isErrorsArray(c.getParent())) {
          if (b.entry() != null) {
            entry(p, c.currentName(), string, b.entry());
          }
        } else if (string && c.inArray() && isErrorsObject(c.getParent())) {
          b.addMessageEntry(text(p), c.getParent().currentName());
        }
        break;
      case 4: {
        TokenStreamContext entry = c.getParent();
        if (entry.inObject() && isErrorsArray(entry.getParent())) {
          nested(p, entry.currentName(), c, string, b);
        }
        break;
      }
      default:
        break;
    }
  }

  private static void root(JsonParser p, String name, boolean string, ScannedBody b) {
    switch (name) {
      case "code":
        if (string) {
          b.code = text(p);
        } else {
          b.codeNumber = intValue(p);
        }
        break;
      case "errorCode":
      case "error_code":
        if (string && b.codeAlias == null) {
          b.codeAlias = text(p);
        }
        break;
      case "type":
        if (string) {
          b.type = text(p);
        }
        break;
      case "title":
        if (string) {
          b.title = text(p);
        }
        break;
      case "status":
        b.status = string ? parseStatus(p.getString()) : intValue(p);
        break;
      case "detail":
        if (string) {
          b.detail = text(p);
        }
        break;
      case "instance":
        if (string) {
          b.instance = text(p);
        }
        break;
      case "message":
        if (string) {
          b.message = text(p);
        }
        break;
      case "error":
        if (string) {
          b.oauthError = text(p);
        }
        break;
      case "error_description":
        if (string) {
          b.errorDescription = text(p);
        }
        break;
      case "requestId":
      case "request_id":
      case "traceId":
      case "trace_id":
      case "correlationId":
      case "correlation_id":
        if (b.requestId == null) {
          b.requestId = string ? text(p) : p.getString();
        }
        break;
      default:
        break;
    }
  }

  private static void error(JsonParser p, String name, boolean string, ScannedBody b) {
    switch (name) {
      case "code":
        if (string) {
          b.errorCode = text(p);
        } else {
          b.errorCodeNumber = intValue(p);
        }
        break;
      case "message":
        if (string) {
          b.errorMessage = text(p);
        }
        break;
      case "status":
        if (string) {
          String s = text(p);
          int number = parseStatus(s);
          if (number == ScannedBody.NONE) {
            b.errorStatus = s;
          } else {
            b.errorStatusNumber = number;
          }
        } else {
          b.errorStatusNumber = intValue(p);
        }
        break;
      case "type":
        if (string) {
          b.errorType = text(p);
        }
        break;
      default:
        break;
    }
  }

  private static void entry(JsonParser p, String name, boolean string, ScannedBody.Entry e) {
    switch (name) {
      case "message":
        if (string) {
          e.message = text(p);
        }
        break;
      case "detail":
        if (string) {
          e.detail = text(p);
        }
        break;
      case "title":
        if (string) {
          e.title = text(p);
        }
        break;
      case "code":
        e.code = string ? text(p) : p.getString();
        break;
      case "type":
        if (string) {
          e.type = text(p);
        }
        break;
      case "path":
      case "field":
        if (string) {
          e.path = text(p);
        }
        break;
      default:
        break;
    }
  }

  /** A value one level inside an errors entry: in extensions, path or source. */
  private static void nested(JsonParser p, @Nullable String member, TokenStreamContext c, boolean string, ScannedBody b) {
    if (member == null || b.entry() == null) {
      return;
    }
    switch (member) {
      case "extensions":
        if (string && "code".equals(c.currentName())) {
          b.entry().extensionCode = text(p);
        }
        break;
      case "path":
        if (string) {
          b.appendPathName(text(p));
        } else {
          b.appendPathIndex(p.getString());
        }
        break;
      case "source":
        if (string && b.entry().path == null) {
          String name = c.currentName();
          if ("pointer".equals(name) || "parameter".equals(name)) {
            b.entry().path = text(p);
          }
        }
        break;
      default:
        break;
    }
  }

  /** Whether {@code c} is the array value of the root's {@code errors} member. */
  private static boolean isErrorsArray(@Nullable TokenStreamContext c) {
    return c != null && c.inArray() && c.getNestingDepth() == 2 && "errors".equals(c.getParent().currentName());
  }

  /** Whether {@code c} is an object value of the root's {@code errors} member (field → messages). */
  private static boolean isErrorsObject(@Nullable TokenStreamContext c) {
    return c != null && c.inObject() && c.getNestingDepth() == 2 && "errors".equals(c.getParent().currentName());
  }

  private static String text(JsonParser p) {
    return ScannedBody.capped(p.getString());
  }

  // Codes and statuses are small integers; anything else (longs, bignums) is not one of them.
  private static int intValue(JsonParser p) {
    return p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue() : ScannedBody.NONE;
  }

  /** A status given as a string ("422" in JSON:API), or NONE. */
  private static int parseStatus(@Nullable String s) {

    if (s == null || s.length() != 3) {
      return ScannedBody.NONE;
    }
    int value = 0;
    for (int i = 0; i < 3; i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return ScannedBody.NONE;
      }
      value = value * 10 + (ch - '0');
    }
    return value;
  }
}
