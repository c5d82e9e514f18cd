using System.Text.Json;
using LppdMetrics.Tracing;

namespace LppdMetrics.Tests.Tracing;

public class CalculationTraceTests
{
    private static CalculationTrace Sample() =>
        new TraceBuilder("demo.ratio", "R / T × 100", "test")
            .Input("T", 80m, "target")
            .Input("R", 74.94m, "realisasi")
            .Step("R / T × 100", "74.94 / 80 × 100", 93.675m)
            .Note("no cap")
            .Rounded(93.675m, 2);

    [Fact]
    public void Rounded_trace_keeps_unrounded_and_result()
    {
        var trace = Sample();
        Assert.Equal(93.675m, trace.Unrounded);
        Assert.Equal(93.68m, trace.Result);
        Assert.Equal("half away from zero to 2 decimals", trace.Rounding);
        Assert.Equal(["T", "R"], trace.Inputs.Select(i => i.Name));
    }

    [Fact]
    public void Text_shows_every_input_step_note_and_the_rounding()
    {
        string text = Sample().ToText();
        Assert.Contains("demo.ratio: R / T × 100", text);
        Assert.Contains("input  T = 80", text);
        Assert.Contains("step   R / T × 100 = 74.94 / 80 × 100 = 93.675", text);
        Assert.Contains("note   no cap", text);
        Assert.Contains("round  93.675 → 93.68", text);
    }

    [Fact]
    public void Json_round_trips_through_the_source_generated_context()
    {
        var parent = new TraceBuilder("demo.mean", "mean", null).Part(Sample()).Result(93.68m);
        string json = LppdMetricsJson.WriteTrace(parent);
        Assert.Contains("\"rule\": \"demo.mean\"", json);
        var back = LppdMetricsJson.ParseTrace(json);
        Assert.Equal(93.675m, back.Parts[0].Unrounded);
        Assert.Equal("T", back.Parts[0].Inputs[0].Name);
        Assert.Equal(parent.ToText(), back.ToText());
    }

    [Fact]
    public void Json_of_null_is_an_error_not_a_null_trace() =>
        Assert.Throws<JsonException>(() => LppdMetricsJson.ParseTrace("null"));

    [Fact]
    public void The_public_resolver_serializes_a_trace_in_the_callers_options()
    {
        // The caller's options decide the naming; camelCase matches what ParseTrace reads.
        var options = new JsonSerializerOptions { TypeInfoResolver = LppdMetricsJson.TypeInfoResolver, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        string json = JsonSerializer.Serialize(Sample(), options);
        Assert.Equal(93.675m, LppdMetricsJson.ParseTrace(json).Unrounded);
    }
}
