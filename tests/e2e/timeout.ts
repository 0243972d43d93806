// Browser tests wait on a real server and Chromium: longer than the global
// testTimeout, which is the only one jest-circus reads (not a project's).
import.meta.jest.setTimeout(120_000)
