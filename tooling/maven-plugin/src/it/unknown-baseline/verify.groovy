def log = new File(basedir, 'build.log').text
assert log.contains('The baseline it.errata:payments:0.9 cannot be resolved from the local repository or the project\'s remote repositories')
assert log.contains('skip the check with -Derrata.check.skip')
assert log.contains('Skipping the error catalog check')
