namespace LppdMetrics.BrowserTests;
