using System.Text.Json;
using LppdMetrics.Reports;
using LppdMetrics.Spm;
using LppdMetrics.Tests.Spm;

namespace LppdMetrics.Tests.Reports;

public class SpmDocumentTests
{
    [Fact]
    public void The_one_mapping_agrees_with_an_independent_reading_of_the_transcriptions()
    {
        // The embedded report's SPM tables, mapped by SpmUrusanDocument.ToUrusan, against the tests' own reading of
        // the six transcriptions in tests/TestData/spm (same urusan, same index to the last digit).
        var documents = LppdReportJson.Blitar2024().Spm;
        Assert.Equal(6, documents.Count);
        foreach (string file in new[] { "kesehatan", "pekerjaan-umum", "pendidikan", "perumahan-rakyat", "sosial", "trantibumlinmas" })
        {
            using JsonDocument doc = SpmReportFiguresTests.Load(file);
            SpmAffair independent = SpmReportFiguresTests.ToAffair(doc.RootElement);
            SpmAffairDocument document = Assert.Single(documents, d => d.Name == independent.Name);
            Assert.Equal(SpmIndex.Compute(independent).Index, SpmIndex.Compute(document.ToAffair()).Index);
        }
    }

    [Fact]
    public void Null_elements_are_document_errors_naming_the_path()
    {
        var recipients = new SpmCountDocument { Target = 1m, Realized = 1m };
        var nullService = new SpmAffairDocument { Id = "spm/x", Name = "X", Services = [null!] };
        var ex = Assert.Throws<ReportDocumentException>(() => nullService.ToAffair("$.spm[3]"));
        Assert.Equal("$.spm[3].services[0]", ex.Path);
        Assert.Equal("spm/x", ex.FigureId);
        Assert.Contains("path '$.spm[3].services[0]' is null", ex.Message, StringComparison.Ordinal);
        var nullItem = new SpmAffairDocument
        {
            Id = "spm/y", Name = "Y",
            Services = [new SpmServiceDocument { Name = "s", Recipients = recipients, QualityGroups = [new SpmQualityGroupDocument { Items = [recipients, null!] }] }],
        };
        Assert.Equal("$.services[0].qualityGroups[0].items[1]", Assert.Throws<ReportDocumentException>(() => nullItem.ToAffair()).Path);
    }

    [Fact]
    public void An_urusan_the_index_rejects_stops_the_audit_with_a_document_error()
    {
        var report = new LppdReport { Title = "t", Spm = [new SpmAffairDocument { Id = "spm/empty", Name = "Kosong" }] };
        var ex = Assert.Throws<ReportDocumentException>(() => LppdMetrics.Audit.ReportAudit.Run(report));
        Assert.Equal("spm/empty", ex.FigureId);
        Assert.Equal("$.spm[0]", ex.Path);
    }
}
