// Run as a child process by tests/integration/embedded-postgres.test.ts: loading the embedded
// PostgreSQL module must not change how the process exits.
import "../../scripts/embedded-postgres";

process.exitCode = 3;
