// The build passed; the check warned about the behavioural change and reported the others.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] Behavioural change com.acme.payments.PaymentError.RATE_LIMITED: retryable-changed (retryable true → false)')
assert log.contains('Error catalogs compared with it.errata:payments:1.0: 0 breaking, 1 behavioural, 3 compatible change(s)')

def report = new File(basedir, 'target/errata/compatibility.md').text
assert report.contains('`it.errata:payments:2.0-SNAPSHOT` compared with the baseline `it.errata:payments:1.0`.')
assert report.contains('| Breaking | 0 | 0 |')
assert report.contains('| `com.acme.payments.PaymentError.EXPIRED_CARD: added` | EXPIRED_CARD (expired_card, 402, ExpiredCardException), refines com.acme.payments.PaymentError.CARD_DECLINED, which is unchanged |')
assert report.contains('| `com.acme.payments.PaymentError.INVALID_REQUEST: description-changed` |')
assert report.contains('| `com.acme.payments.PaymentError.RATE_LIMITED: description-changed` |')

// The published reference page is the one the processor generated, with the new code in it.
def published = new File(basedir, 'target/docs-site/errors/com.acme.payments.PaymentError.md')
assert published.text == new File(basedir, 'target/classes/META-INF/errata/com.acme.payments.PaymentError.md').text
assert published.text.contains('`expired_card`')
