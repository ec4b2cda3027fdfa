// The build failed because of the breaking changes, and says which. The docs URL follows the
// wire code through the catalog's {code} template, so it changed too: the exception reports
// another link, but no response decodes otherwise for it, so it is behavioural.
def log = new File(basedir, 'build.log').text
assert log.contains('2 breaking change(s) to the error catalogs since it.errata:payments:1.0:')
assert log.contains('com.acme.payments.PaymentError.INVALID_REQUEST: code-changed (wire code invalid_request → invalid_request_error)')
assert log.contains('A catch stops firing: 400 {"error":{"code":"invalid_request"}}: InvalidRequestException → BadRequestException (catch (InvalidRequestException e) stops firing).')
assert log.contains('[WARNING] Behavioural change com.acme.payments.PaymentError.INVALID_REQUEST: docs-url-changed (https://docs.example.com/errors#invalid_request → https://docs.example.com/errors#invalid_request_error)')
assert log.contains('com.acme.payments.PaymentError.CARD_DECLINED: removed (CARD_DECLINED (card_declined, 402, CardDeclinedException) is gone)')
assert log.contains('If a change is intended, list its id under <acceptedChanges>.')
// The second build, with failOnBreaking=false, reports them as warnings.
assert log.contains('[WARNING] Breaking change (failOnBreaking is false) com.acme.payments.PaymentError.CARD_DECLINED: removed')

def report = new File(basedir, 'target/errata/compatibility.md').text
assert report.contains('| Breaking | 2 | 0 |')
assert report.contains('| `com.acme.payments.PaymentError.CARD_DECLINED: removed` |')
assert report =~ /\| `com\.acme\.payments\.PaymentError\.INVALID_REQUEST: code-changed` \|[^\n]*\| no \|/
