using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Tests;

public class DocumentModelTests
{
    [Fact]
    public void A_location_names_only_its_known_parts()
    {
        Assert.Equal("line 2881", SourceLocation.AtLine(2881).ToString());
        Assert.Equal("page 12, table 3, row 4, column 6", new SourceLocation { Page = 12, Table = 3, Row = 4, Column = 6 }.ToString());
        Assert.Equal("unknown", new SourceLocation().ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => SourceLocation.AtLine(0));
    }
}
