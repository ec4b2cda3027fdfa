// The build passed: the one breaking change is accepted, and the report says so.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Accepted breaking change com.acme.payments.PaymentError.CARD_DECLINED: removed')
assert !log.contains('[ERROR]')
assert log.contains('[WARNING] Accepted change "com.acme.payments.PaymentError.*: docs-url-changed" matches no change; remove it')

def report = new File(basedir, 'target/errata/compatibility.md').text
assert report.contains('| Breaking | 1 | 1 |')
assert report =~ /\| `com\.acme\.payments\.PaymentError\.CARD_DECLINED: removed` \|[^\n]*\| yes \|/
assert report.contains('## Accepted changes that match nothing')
