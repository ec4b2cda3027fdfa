// Every one of the five changes is breaking, with a response that moved as its example; with
// failOnBreaking=false the build passes and says so in warnings, not errors.
def log = new File(basedir, 'build.log').text
assert !log.contains('[ERROR]')

def report(String module, String id) {
  def log = new File(basedir, 'build.log').text
  assert log.contains('[WARNING] Breaking change (failOnBreaking is false) ' + id + ' (')
  def md = new File(basedir, module + '/target/errata/compatibility.md').text
  assert md =~ /\| Breaking \| [1-9]/
  assert md.contains('| `' + id + '` |')
  assert md.contains('### Responses that decode otherwise')
  assert md.contains('- `' + id + '`:')
  assert md.contains('stops firing)')
}

report('pointers-reordered', 'com.acme.addresses.AddressError: code-pointers-reordered')
report('added-next-to-stand-in', 'com.acme.addresses.AddressError.FIELD_MISSING: added')
report('stand-in-dropped', 'com.acme.addresses.AddressError.INVALID_REQUEST: stands-for-status-changed')
report('added-under-other-status', 'com.acme.addresses.AddressError.ADDRESS_FROZEN: added-under-other-status')
report('type-pointer-added', 'com.acme.addresses.AddressError: code-pointer-added')
