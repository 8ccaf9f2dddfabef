using McodeBench.BrowserTests.Support;

// One tracker and one browser for the whole suite: starting them is most of the cost of a browser test.
[assembly: AssemblyFixture(typeof(TrackerSite))]
[assembly: AssemblyFixture(typeof(Chromium))]
