using System.Globalization;
using LppdMetrics.Audit;

namespace LppdMetrics.Documents.Writing;

/// <summary>
/// Writes an <see cref="AuditReport"/> as one self-contained HTML file: inline CSS and JavaScript, no network access,
/// printable. Header (region, year, source file, run time, tool version); summary (counts per status, a row with
/// counts and a bar per section); then every finding, mismatches first, with reported and recomputed values as
/// printed, the difference, the rule in words, the source, the explanation, visible notes and the calculation trace
/// in a collapsible <c>&lt;details&gt;</c> (for every finding but a match, whose trace <c>lppd explain ID</c> shows:
/// that keeps the file of a 1.500-figure report under 2 MB); filters by status and section and a search box.
/// </summary>
/// <remarks>
/// Markup contract (machine-checkable, language-neutral): each finding is an element with <c>data-finding-id</c> (the
/// figure id) and <c>data-status</c> (<see cref="AuditTexts.StatusCodes"/>); the summary element (<c>id="summary"</c>)
/// carries <c>data-count-match</c>, <c>data-count-rounding</c>, <c>data-count-mismatch</c>,
/// <c>data-count-not-checkable</c>, <c>data-count-total</c> and <c>data-count-informational</c>; the status filter is
/// the <c>select</c> with <c>id="filter-status"</c> (values are status codes, empty for all), the section filter
/// <c>id="filter-section"</c>, the search box <c>id="search"</c>. A hidden finding has the <c>hidden</c> attribute.
/// Printed, the report shows what the filters show; with no filter set it leaves out the matching figures (only
/// their count is printed), so that the exceptions print on a few pages.
/// </remarks>
public static class HtmlAuditWriter
{
    /// <summary>Writes the HTML document of <paramref name="report"/> to <paramref name="output"/>.</summary>
    /// <param name="report">The audit report.</param>
    /// <param name="output">Where to write (UTF-8 is declared in the document).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(AuditReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var t = report.Texts;
        var doc = report.Document;
        var summary = report.Result.Summary;
        var sections = report.Sections();
        var sectionIndex = sections.Select((s, i) => (s.Section, i)).ToDictionary(x => x.Section, x => x.i, StringComparer.Ordinal);

        output.Write("<!DOCTYPE html>\n<html lang=\"");
        output.Write(ReportLanguages.Code(t.Language));
        output.Write("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        output.Write(E(t["doc.title"] + ": " + doc.Title));
        output.Write("</title>\n<style>");
        output.Write(Style);
        output.Write("</style>\n</head>\n<body>\n<header>\n<h1>");
        output.Write(E(t["doc.title"]));
        output.Write("</h1>\n<p class=\"doc-title\">");
        output.Write(E(doc.Title));
        output.Write("</p>\n<dl class=\"meta\">");
        foreach (var (name, value) in report.Facts().Skip(1))  // the title is the line above
            Meta(output, name, value);
        output.Write("</dl>\n</header>\n<main>\n");

        // Summary: counts per status, then one row per section with a bar.
        output.Write("<section id=\"summary\"");
        for (int s = 0; s < AuditTexts.StatusCodes.Count; s++)
            output.Write(string.Create(CultureInfo.InvariantCulture, $" data-count-{AuditTexts.StatusCodes[s]}=\"{report.Count((FindingStatus)s)}\""));
        output.Write(string.Create(CultureInfo.InvariantCulture, $" data-count-total=\"{summary.Total}\" data-count-informational=\"{summary.Informational}\">\n<h2>"));
        output.Write(E(t["doc.summary"]));
        output.Write("</h2>\n<table class=\"counts\"><thead><tr><th>");
        output.Write(E(t["col.status"]));
        output.Write("</th><th class=\"num\">");
        output.Write(E(t["col.count"]));
        output.Write("</th><th></th></tr></thead><tbody>\n");
        foreach (var status in StatusOrder)
        {
            string code = AuditTexts.StatusCode(status);
            output.Write(string.Create(CultureInfo.InvariantCulture, $"<tr class=\"st-{code}\"><td><span class=\"badge st-{code}\">"));
            output.Write(E(t.Status(status)));
            output.Write(string.Create(CultureInfo.InvariantCulture, $"</span></td><td class=\"num\" data-status-count=\"{code}\">{report.Count(status)}</td><td class=\"meaning\">"));
            output.Write(E(t["status." + code + ".meaning"]));
            output.Write("</td></tr>\n");
        }
        output.Write(string.Create(CultureInfo.InvariantCulture, $"<tr class=\"total\"><td>{E(t["col.total"])}</td><td class=\"num\">{summary.Total}</td><td>"));
        output.Write(E(string.Create(CultureInfo.InvariantCulture, $"{summary.Informational} {t["doc.informational"]}")));
        output.Write("</td></tr>\n</tbody></table>\n<h3>");
        output.Write(E(t["doc.per-section"]));
        output.Write("</h3>\n<table class=\"sections\"><thead><tr><th>");
        output.Write(E(t["col.section"]));
        foreach (var status in StatusOrder)
        {
            output.Write("</th><th class=\"num\">");
            output.Write(E(t.Status(status)));
        }
        output.Write("</th><th class=\"num\">");
        output.Write(E(t["col.total"]));
        output.Write("</th><th class=\"bar-col\">");
        output.Write(E(t["col.bar"]));
        output.Write("</th></tr></thead><tbody>\n");
        for (int i = 0; i < sections.Count; i++)
        {
            var sc = sections[i];
            output.Write(string.Create(CultureInfo.InvariantCulture, $"<tr data-section=\"{i}\"><td>"));
            output.Write(E(sc.Section));
            output.Write("</td>");
            foreach (var status in StatusOrder)
                output.Write(string.Create(CultureInfo.InvariantCulture, $"<td class=\"num{(status == FindingStatus.Mismatch && sc[status] > 0 ? " hot" : "")}\">{sc[status]}</td>"));
            output.Write(string.Create(CultureInfo.InvariantCulture, $"<td class=\"num\">{sc.Total}</td><td class=\"bar-col\"><div class=\"bar\">"));
            foreach (var status in StatusOrder)
            {
                if (sc[status] == 0) continue;
                double width = 100.0 * sc[status] / sc.Total;
                output.Write(string.Create(CultureInfo.InvariantCulture,
                    $"<span class=\"st-{AuditTexts.StatusCode(status)}\" style=\"width:{width:0.##}%\" title=\"{E(t.Status(status))}: {sc[status]}\"></span>"));
            }
            output.Write("</div></td></tr>\n");
        }
        output.Write("</tbody></table>\n</section>\n");

        // Filters.
        output.Write("<section id=\"filters\" class=\"no-print\">");
        Select(output, "filter-status", t["doc.filter-status"], t["doc.filter-all"],
            StatusOrder.Select(status => (AuditTexts.StatusCode(status), t.Status(status))));
        Select(output, "filter-section", t["doc.filter-section"], t["doc.filter-all"],
            sections.Select((section, i) => (i.ToString(CultureInfo.InvariantCulture), Shorten(section.Section, 90))));
        output.Write("<label>");
        output.Write(E(t["doc.search"]));
        output.Write(" <input id=\"search\" type=\"search\" placeholder=\"");
        output.Write(E(t["doc.search-placeholder"]));
        output.Write("\"></label> <span id=\"shown\"></span> <span class=\"shown-label\">");
        output.Write(E(t["doc.shown"]));
        output.Write("</span></section>\n");

        // Findings, mismatches first.
        output.Write("<section id=\"findings\">\n<h2>");
        output.Write(E(t["doc.findings"]));
        output.Write("</h2>\n");
        output.Write("<p class=\"hint\">");
        output.Write(E(t["doc.match-traces"]));
        output.Write("</p>\n");
        if (summary.Mismatch == 0)
        {
            output.Write("<p class=\"none\">");
            output.Write(E(t["doc.no-mismatch"]));
            output.Write("</p>\n");
        }
        output.Write("<div class=\"findings\"><div class=\"row head\">");
        foreach (string head in new[] { "col.status", "col.label", "col.reported", "col.recomputed", "col.difference", "col.rule", "col.source" })
        {
            output.Write(head is "col.reported" or "col.recomputed" or "col.difference" ? "<span class=\"num\">" : "<span>");
            output.Write(E(t[head]));
            output.Write("</span>");
        }
        output.Write("</div>\n");
        foreach (var f in report.ExceptionsFirst())
            Finding(output, report, f, sectionIndex[f.Section]);
        output.Write("</div>\n</section>\n</main>\n<footer>");
        output.Write(E(t["doc.generated-by"] + " " + report.ToolVersion + " · " + report.RunAtText));
        output.Write("</footer>\n<script>");
        output.Write(Script);
        output.Write("</script>\n</body>\n</html>\n");
    }

    private static readonly FindingStatus[] StatusOrder = [FindingStatus.Mismatch, FindingStatus.Implausible, FindingStatus.Rounding, FindingStatus.NotCheckable, FindingStatus.Match];

    private static void Finding(TextWriter output, AuditReport report, AuditFinding f, int section)
    {
        var t = report.Texts;
        string code = AuditTexts.StatusCode(f.Status);
        output.Write(string.Create(CultureInfo.InvariantCulture, $"<article class=\"finding st-{code}\" data-finding-id=\""));
        output.Write(E(f.Id));
        output.Write(string.Create(CultureInfo.InvariantCulture, $"\" data-status=\"{code}\" data-section=\"{section}\">\n<div class=\"row\"><span><span class=\"badge st-{code}\">"));
        output.Write(E(t.Status(f.Status)));
        output.Write("</span></span><div><div class=\"label\">");
        output.Write(E(f.Label));
        output.Write("</div><div class=\"fid\">");
        output.Write(E(f.Id));
        output.Write(" · ");
        output.Write(E(Shorten(f.Section, 40)));
        output.Write("</div></div><span class=\"num\">");
        output.Write(E(report.Reported(f)));
        output.Write("</span><span class=\"num\">");
        output.Write(E(report.Recomputed(f)));
        output.Write("</span><span class=\"num\">");
        output.Write(E(report.Difference(f)));
        output.Write("</span><span>");
        output.Write(E(t.Rule(f.Rule)));
        output.Write(" <code>");
        output.Write(E(f.Rule));
        output.Write("</code></span><span class=\"src\">");
        output.Write(E(t.Source(f)));
        output.Write("</span></div>\n");
        // Traces of matching figures are left out to keep the file small (under 2 MB for 1.500 figures): `lppd explain ID` shows them.
        var trace = f.Status == FindingStatus.Match ? null : f.Trace;
        bool hasMore = f.Explanation is not null || f.Notes.Count > 0 || trace is not null;
        if (hasMore)
        {
            output.Write("<div class=\"more\">");
            if (f.Explanation is not null)
            {
                output.Write("<p class=\"explanation\">");
                output.Write(E(f.Explanation));
                output.Write("</p>");
            }
            foreach (string note in f.Notes)
            {
                output.Write("<p class=\"note\">ⓘ ");
                output.Write(E(t.Note(note)));
                output.Write("</p>");
            }
            if (trace is not null)
            {
                output.Write("<details class=\"trace\"><summary>");
                output.Write(E(t["col.trace"]));
                output.Write("</summary><pre>");
                output.Write(E(trace.ToText()));
                output.Write("</pre></details>");
            }
            output.Write("</div>\n");
        }
        output.Write("</article>\n");
    }

    /// <summary>A labelled drop-down whose first option (value "") means all.</summary>
    private static void Select(TextWriter output, string id, string label, string all, IEnumerable<(string Value, string Text)> options)
    {
        output.Write("<label>");
        output.Write(E(label));
        output.Write(" <select id=\"");
        output.Write(id);
        output.Write("\"><option value=\"\">");
        output.Write(E(all));
        output.Write("</option>");
        foreach (var (value, text) in options)
        {
            output.Write("<option value=\"");
            output.Write(E(value));
            output.Write("\">");
            output.Write(E(text));
            output.Write("</option>");
        }
        output.Write("</select></label> ");
    }

    private static void Meta(TextWriter output, string name, string value)
    {
        output.Write("<dt>");
        output.Write(E(name));
        output.Write("</dt><dd>");
        output.Write(E(value));
        output.Write("</dd>");
    }

    internal static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>
    /// Escapes text for HTML content and double-quoted attributes: <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> and
    /// <c>"</c>; everything else is written as is (the document is UTF-8), which keeps traces compact.
    /// </summary>
    internal static string E(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0) return text;
        var sb = new System.Text.StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    private const string Style = """

        :root{--mismatch:#c62828;--rounding:#ef6c00;--not-checkable:#757575;--implausible:#6a1b9a;--match:#2e7d32;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:14px;color:#222}
        body{margin:0 auto;max-width:1280px;padding:16px 24px}
        h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:24px 0 8px}h3{font-size:15px;margin:16px 0 6px}
        .doc-title{margin:0 0 8px;font-weight:600}
        dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}dl.meta dt{color:#555}dl.meta dd{margin:0}
        table{border-collapse:collapse;width:100%}th,td{padding:3px 6px;text-align:left;vertical-align:top;border-bottom:1px solid #e0e0e0}
        th{background:#f5f5f5;font-weight:600}td.num,th.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
        table.counts{width:auto}table.counts td.meaning{color:#555}tr.total td{font-weight:600}
        td.hot{color:var(--mismatch);font-weight:700}
        .bar-col{width:180px}.bar{display:flex;height:10px;width:180px;background:#eee}.bar span{display:block;height:10px}
        .bar .st-match{background:var(--match)}.bar .st-rounding{background:var(--rounding)}.bar .st-mismatch{background:var(--mismatch)}.bar .st-not-checkable{background:var(--not-checkable)}.bar .st-implausible{background:var(--implausible)}
        .badge{display:inline-block;padding:1px 6px;border-radius:3px;color:#fff;font-size:12px;white-space:nowrap}
        .badge.st-match{background:var(--match)}.badge.st-rounding{background:var(--rounding)}.badge.st-mismatch{background:var(--mismatch)}.badge.st-not-checkable{background:var(--not-checkable)}.badge.st-implausible{background:var(--implausible)}
        #filters{position:sticky;top:0;background:#fff;padding:8px 0;border-bottom:2px solid #ddd;z-index:1}
        #filters select,#filters input{font:inherit;margin-right:12px}#filters select#filter-section{max-width:360px}
        .findings .row{display:grid;grid-template-columns:110px minmax(0,1fr) 115px 115px 80px 210px 100px;gap:0 8px;padding:3px 6px}
        .findings .row.head{background:#f5f5f5;font-weight:600;border-bottom:1px solid #e0e0e0}
        .findings .num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
        article.finding{border-bottom:1px solid #e0e0e0;content-visibility:auto;contain-intrinsic-size:auto 48px}
        article.finding.st-mismatch{background:#fff5f5}div.more{padding:0 6px 4px 124px}.label{font-weight:500}.fid{color:#777;font-size:12px}
        .src{white-space:nowrap;color:#555}code{font-size:11px;color:#777}
        p.explanation{margin:2px 0;color:#444}
        p.note{margin:2px 0;padding:2px 6px;background:#fff8e1;border-left:3px solid #ffb300}
        details.trace summary{cursor:pointer;color:#1565c0}details.trace pre{white-space:pre-wrap;font-size:12px;background:#fafafa;padding:6px;margin:4px 0;border:1px solid #eee}
        p.hint{color:#777;font-size:12px;margin:0 0 6px}
        footer{margin-top:24px;color:#777;font-size:12px}
        @media print{.no-print{display:none}body{max-width:none;padding:0;font-size:10px}article.finding{break-inside:avoid;content-visibility:visible}body:not(.filtered) article.finding.st-match{display:none}p.hint{display:none}article.finding.st-mismatch{background:none}.findings .row{grid-template-columns:62px minmax(0,1fr) 78px 78px 52px 130px 62px;gap:0 4px;padding:2px 0}div.more{padding-left:66px}.fid{font-size:8px}code{display:none}.badge{font-size:8px;padding:0 2px}.badge{color:#000;border:1px solid #000;background:none!important}.bar span{print-color-adjust:exact;-webkit-print-color-adjust:exact}}

        """;

    private const string Script = """

        (function(){
          var status=document.getElementById('filter-status'),section=document.getElementById('filter-section'),search=document.getElementById('search'),shown=document.getElementById('shown');
          var rows=Array.prototype.slice.call(document.querySelectorAll('[data-finding-id]'));
          var texts=null;
          function apply(){
            var s=status.value,c=section.value,q=search.value.trim().toLowerCase(),n=0;
            for(var i=0;i<rows.length;i++){
              if(q&&!texts)texts=rows.map(function(r){return r.textContent.toLowerCase();});
              var r=rows[i],ok=(!s||r.getAttribute('data-status')===s)&&(!c||r.getAttribute('data-section')===c)&&(!q||texts[i].indexOf(q)>=0);
              if(ok){r.removeAttribute('hidden');n++;}else{r.setAttribute('hidden','');}
            }
            shown.textContent=n+' / '+rows.length;
            document.body.classList.toggle('filtered',!!(s||c||q));
          }
          status.addEventListener('change',apply);section.addEventListener('change',apply);search.addEventListener('input',apply);
          window.addEventListener('beforeprint',function(){document.querySelectorAll('tbody.st-mismatch details').forEach(function(d){d.open=true;});});
          shown.textContent=rows.length+' / '+rows.length;
        })();

        """;
}
