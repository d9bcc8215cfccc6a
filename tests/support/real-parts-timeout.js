// Every suite outside tests/unit talks to real parts (Azurite, Chromium, the Playground, local
// servers standing in for Graph, Entra ID or the Bot Connector), which a busy 2-core CI machine
// can slow far past jest's 5 s default. Those suites get a minute per test and hook; a suite that
// needs more sets its own. Unit tests keep the default, so a slow pure function still fails fast.
const { testPath } = expect.getState();
if (!/[\\/]tests[\\/]unit[\\/]/.test(testPath)) jest.setTimeout(60_000);
