using System.Globalization;
using ScottPlot;

namespace LppdMetrics.Cli;

/// <summary>Draws a Lorenz curve with ScottPlot: the equality line, labelled axes, the Gini in the title.</summary>
public static class LorenzChart
{
    /// <summary>Saves the chart as a PNG.</summary>
    /// <param name="path">The PNG file.</param>
    /// <param name="curve">The curve, drawn as a line (a fine grid or every observation).</param>
    /// <param name="markers">Points to mark (the requested K + 1 points), or null.</param>
    /// <param name="gini">The Gini, for the title.</param>
    /// <exception cref="InputException">The file cannot be written, or this platform has no SkiaSharp native library
    /// (the tool package ships it for linux-x64, win-x64 and macOS only; see README.md, "Tool package size").</exception>
    public static void Save(string path, IReadOnlyList<LorenzPoint> curve, IReadOnlyList<LorenzPoint>? markers, double gini)
    {
        try
        {
            Draw(path, curve, markers, gini);
        }
        catch (Exception ex) when (ex is TypeInitializationException or DllNotFoundException)
        {
            throw new InputException(null, null, "--png",
                "PNG charts need SkiaSharp's native library, shipped for linux-x64, win-x64 and macOS only; run without --png for the curve as text");
        }
    }

    private static void Draw(string path, IReadOnlyList<LorenzPoint> curve, IReadOnlyList<LorenzPoint>? markers, double gini)
    {
        var plot = new Plot();
        var equality = plot.Add.Line(0, 0, 1, 1);
        equality.LinePattern = LinePattern.Dashed;
        equality.Color = Colors.Gray;
        equality.LegendText = "Line of equality";
        var line = plot.Add.ScatterLine(curve.Select(p => p.PopulationShare).ToArray(), curve.Select(p => p.IncomeShare).ToArray());
        line.LineWidth = 2;
        line.Color = Colors.Blue;
        line.LegendText = "Lorenz curve";
        if (markers is not null)
        {
            var dots = plot.Add.ScatterPoints(markers.Select(p => p.PopulationShare).ToArray(), markers.Select(p => p.IncomeShare).ToArray());
            dots.Color = Colors.Blue;
            dots.MarkerSize = 7;
        }
        plot.Title(string.Create(CultureInfo.InvariantCulture, $"Lorenz curve (Gini = {gini:0.000})"));
        plot.XLabel("Cumulative share of population (poorest first)");
        plot.YLabel("Cumulative share of consumption");
        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.ShowLegend(Alignment.UpperLeft);
        try
        {
            plot.SavePng(path, 800, 800);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
        {
            throw new InputException(path, null, null, "cannot write the PNG: " + ex.Message.ReplaceLineEndings(" "));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // An empty path or one with a NUL: .NET's "The value cannot be an empty string." named no option.
            throw new InputException(null, null, "--png", $"'{EchoText.Cut(path)}' is not a valid output path.");
        }
    }
}
