def log = new File(basedir, 'build.log').text
assert log.count('Skipping the error catalog check: a module of packaging pom has no catalogs') == 2
assert log.contains('Error catalogs compared with it.errata:payments:1.0: 0 breaking, 0 behavioural, 0 compatible change(s)')
assert new File(basedir, 'payments/target/errata/compatibility.md').text.contains('No changes: the catalogs are the same.')
