using System.Buffers.Binary;
using System.IO.Compression;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using LppdMetrics.TestSupport;
using Parquet;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// Issue 12's contract on corrupted files of the binary formats lppd reads (Parquet microdata, DOCX and PDF reports)
/// and on text reports with hostile bytes: several hundred files made here from valid seeds (written at test time by
/// Parquet.Net, by hand as Office Open XML, by PdfPig; plus the small fixtures <c>microdata/types.parquet</c>,
/// <c>parquet-dotnet/nation.dict.v2.parquet</c>, <c>documents/encrypted.pdf</c> and <c>reports/mini-lppd.txt</c>),
/// mutated with fixed random seeds (bit flips, byte runs, truncation inside the footer, the Thrift page headers, the
/// ZIP central directory and the PDF xref, length fields set to huge or negative values, duplicated and missing ZIP
/// entries, entity bombs and deep nesting in the XML, circular PDF objects, whole lines of the text report cut, deleted,
/// copied, swapped or given extra cells) and run through the CLI in-process.
/// Every run exits 0, 1 or 2 (never 3, never a hang); a failure writes one line naming the file and nothing on
/// stdout; a success prints no NaN or Infinity.
/// </summary>
/// <remarks>
/// The named cases are the reproducers the fuzzing of session 5 found: a footer length of 2^31 − 1 (Parquet.Net
/// allocated it: out of memory), a footer list claiming 2^31 − 1 elements (Parquet.Net looped for minutes), footer bytes
/// that Parquet.Net's Thrift reader rejects (exit 3), a column compressed with LZO (Parquet.Net has no decoder: exit 3),
/// a corrupt zstd page (exit 3 where the row groups were read one by one), a <c>w:gridBefore</c> of 2^31 − 1 and 100 000 nested content
/// controls in a DOCX (hangs), an encryption key of length 0 in a PDF (PdfPig divided by zero: exit 3).
/// </remarks>
public class HostileFileTests
{
    private static readonly string Dir = Path.Combine(Path.GetTempPath(), "lppd-hostile-files", Guid.NewGuid().ToString("N"));

    private static string Save(string name, byte[] bytes)
    {
        Directory.CreateDirectory(Dir);
        string path = Path.Combine(Dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    // ---------------------------------------------------------------- Parquet

    private static byte[] MicrodataParquet(int rowGroups, CompressionMethod compression, bool optional)
    {
        const int n = 60;
        double[] y = [.. Enumerable.Range(0, n).Select(i => 0.5 + i % 13 * 0.75)];
        double[] w = [.. Enumerable.Range(0, n).Select(i => 1.0 + i % 3)];
        int[] strata = [.. Enumerable.Range(0, n).Select(i => i % 3)];
        int[] psu = [.. Enumerable.Range(0, n).Select(i => i % 12)];
        string?[] group = [.. Enumerable.Range(0, n).Select(i => i % 2 == 0 ? "kota" : "desa")];
        ParquetFiles.Column[] columns = optional
            ? [new("y", y.Select(v => (double?)v).ToArray()), new("w", w.Select(v => (double?)v).ToArray()),
               new("s", strata.Select(v => (int?)v).ToArray()), new("p", psu.Select(v => (long?)v).ToArray()), new("g", group)]
            : [new("y", y), new("w", w), new("s", strata), new("p", psu), new("g", group)];
        return File.ReadAllBytes(ParquetFiles.Write("seed.parquet", rowGroups, compression, columns));
    }

    private static string[][] MicrodataCommands(string f) =>
    [
        ["gini", f, "--value", "y", "--weight", "w"],
        ["poverty", f, "--value", "y", "--weight", "w", "--line", "4"],
        ["inequality", "--input", f, "--value", "y", "--format", "json"],
        ["lorenz", f, "--value", "y", "--points", "4"],
        ["gini", f, "--value", "y", "--weight", "w", "--se", "bootstrap", "--replicates", "5", "--strata", "s", "--psu", "p"],
        ["poverty", f, "--value", "y", "--line", "4", "--se", "linearization", "--strata", "s", "--psu", "p"],
        ["poverty", f, "--value", "y", "--line", "4", "--by", "g"],
    ];

    /// <summary>The footer's first byte and length (the 4 bytes before the closing PAR1).</summary>
    private static (int Start, int Length) Footer(byte[] file)
    {
        int length = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(file.Length - 8));
        return (file.Length - 8 - length, length);
    }

    /// <summary>The file with its footer replaced by <paramref name="footer"/> (and its length field set to match).</summary>
    private static byte[] WithFooter(byte[] file, byte[] footer)
    {
        (int start, _) = Footer(file);
        byte[] length = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, footer.Length);
        return [.. file.AsSpan(0, start), .. footer, .. length, .. "PAR1"u8];
    }

    /// <summary>
    /// The footer's schema list (field 2 of <c>FileMetaData</c>, after the version) said to hold 2^31 − 1 elements:
    /// Parquet.Net 6.1 trusted the count and looped for minutes.
    /// </summary>
    private static byte[] HugeSchemaList(byte[] file)
    {
        (int start, int length) = Footer(file);
        byte[] footer = file.AsSpan(start, length).ToArray();
        int at = 1; // after the field header of the version (0x15), its zigzag varint
        while ((footer[at] & 0x80) != 0)
            at++;
        at++;
        Assert.Equal(0x19, footer[at]); // field 2, a list
        int header = at + 1, end = header + 1 + ((footer[header] >> 4) == 15 ? 1 : 0);
        return WithFooter(file, [.. footer.AsSpan(0, header), 0xFC, 0xFF, 0xFF, 0xFF, 0xFF, 0x07, .. footer.AsSpan(end)]);
    }

    private static IEnumerable<(string Name, byte[] Bytes)> ParquetMutations(string seed, byte[] file, int rngSeed, int random)
    {
        (int start, int length) = Footer(file);
        int[] cuts = [0, 3, 4, 5, 8, 12, 20, 50, file.Length / 2, start - 1, start, start + 1, start + length / 2, file.Length - 9, file.Length - 8, file.Length - 5, file.Length - 1];
        foreach (int cut in cuts.Where(c => c >= 0 && c < file.Length).Distinct())
            yield return ($"{seed}-cut{cut}", file[..cut]);
        foreach (int claimed in new[] { int.MaxValue, -1, int.MinValue, 0, length + 1, length - 1, file.Length })
        {
            byte[] copy = [.. file];
            BinaryPrimitives.WriteInt32LittleEndian(copy.AsSpan(file.Length - 8), claimed);
            yield return ($"{seed}-footerlength{claimed}", copy);
        }
        yield return ($"{seed}-hugeschemalist", HugeSchemaList(file));
        var rng = new Random(rngSeed);
        for (int i = 0; i < random; i++)
        {
            // Half in the footer (the metadata: types, offsets, counts), half in the pages (Thrift page headers, Snappy blocks).
            bool inFooter = i % 2 == 0;
            int lo = inFooter ? start : 4, hi = inFooter ? file.Length - 8 : Math.Max(5, start);
            yield return ($"{seed}-{(inFooter ? "footer" : "pages")}-{i}", Mutate(file, rng, lo, hi));
        }
    }

    /// <summary>One random corruption of <paramref name="bytes"/> between <paramref name="lo"/> and <paramref name="hi"/>.</summary>
    private static byte[] Mutate(byte[] bytes, Random rng, int lo, int hi)
    {
        byte[] copy = [.. bytes];
        int at = rng.Next(lo, hi);
        switch (rng.Next(6))
        {
            case 0:
                for (int k = rng.Next(1, 9); k > 0; k--)
                    copy[rng.Next(lo, hi)] ^= (byte)(1 << rng.Next(8));
                return copy;
            case 1:
                byte fill = (byte)(rng.Next(3) switch { 0 => 0x00, 1 => 0xFF, _ => rng.Next(256) });
                copy.AsSpan(at, Math.Min(rng.Next(1, 33), copy.Length - at)).Fill(fill);
                return copy;
            case 2:
                uint[] huge = [0x7FFFFFFF, 0xFFFFFFFF, 0x80000000, 0x40000000];
                if (at + 4 <= copy.Length)
                    BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(at), huge[rng.Next(huge.Length)]);
                return copy;
            case 3:
                // a varint of 2^32 − 1 (zigzag −2^31) where one byte was
                return [.. bytes.AsSpan(0, at), 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, .. bytes.AsSpan(at + 1)];
            case 4:
                return [.. bytes.AsSpan(0, at), .. bytes.AsSpan(Math.Min(bytes.Length, at + rng.Next(1, 17)))];
            default:
                return bytes[..at];
        }
    }

    private static IEnumerable<string[]> ParquetCases()
    {
        var seeds = new List<(string Name, byte[] Bytes, Func<string, string[][]> Commands, int Random)>
        {
            ("snappy", MicrodataParquet(1, CompressionMethod.Snappy, optional: false), MicrodataCommands, 60),
            ("plain3", MicrodataParquet(3, CompressionMethod.None, optional: false), MicrodataCommands, 50),
            ("optional2", MicrodataParquet(2, CompressionMethod.Snappy, optional: true), MicrodataCommands, 50),
            ("gzip", MicrodataParquet(1, CompressionMethod.Gzip, optional: true), MicrodataCommands, 30),
            ("zstd", MicrodataParquet(2, CompressionMethod.Zstd, optional: false), MicrodataCommands, 30),
            ("types", File.ReadAllBytes(TestDataPath.Of("microdata", "types.parquet")),
                f => [["poverty", f, "--value", "d", "--weight", "w", "--line", "3.5"], ["gini", f, "--value", "s"], ["poverty", f, "--value", "i", "--line", "3.5", "--by", "l"]], 30),
            ("nationdict", File.ReadAllBytes(TestDataPath.Of("microdata", "parquet-dotnet", "nation.dict.v2.parquet")),
                f => [["gini", f, "--value", "nation_key"], ["poverty", f, "--value", "region_key", "--line", "3", "--se", "bootstrap", "--replicates", "5", "--psu", "nation_key"]], 30),
        };
        byte[] ikm = File.ReadAllBytes(ParquetFiles.Write("ikm.parquet", 1,
            [.. Enumerable.Range(1, 9).Select(u => new ParquetFiles.Column("U" + u, Enumerable.Range(0, 30).Select(r => 1 + r * (u + 2) % 4).ToArray())),
             new ParquetFiles.Column("unit", Enumerable.Range(0, 30).Select(r => (string?)(r % 2 == 0 ? "A" : "B")).ToArray())]));
        seeds.Add(("ikm", ikm, f => [["ikm", f], ["ikm", f, "--unit", "unit"]], 30));
        byte[] grouped = File.ReadAllBytes(ParquetFiles.Write("grouped.parquet", 1,
            new ParquetFiles.Column("p", new[] { 0.2, 0.2, 0.2, 0.2, 0.2 }), new ParquetFiles.Column("s", new[] { 0.05, 0.1, 0.15, 0.25, 0.45 })));
        seeds.Add(("grouped", grouped, f => [["grouped", f, "--population", "p", "--share", "s", "--mean", "3", "--line", "2"]], 20));
        // Column y said to be compressed with LZO (codec 3), which Parquet.Net 6.1 does not decode (NotImplementedException).
        byte[] lzo = MicrodataParquet(1, CompressionMethod.None, optional: false);
        int codec = lzo.AsSpan().IndexOf((ReadOnlySpan<byte>)[0x19, 0x18, 0x01, (byte)'y', 0x15]) + 5; // path_in_schema ["y"], then the codec
        Assert.True(codec > 5 && lzo[codec] == 0x00);
        lzo[codec] = 0x06; // zigzag 3
        foreach (string[] command in MicrodataCommands(Save("lzo.parquet", lzo)))
            yield return command;
        // nation.plain.parquet (parquet-mr) with the footer of its last column chunk broken as the fuzzing found: its
        // metadata ending early (the struct around it reading on with fields of the wrong type), and its codec's field
        // header made a boolean of field 0 (the fields after it shifted onto the wrong types). Parquet.Net 6.1 hung.
        byte[] nation = File.ReadAllBytes(TestDataPath.Of("microdata", "parquet-dotnet", "nation.plain.parquet"));
        Assert.Equal(new byte[] { (byte)'l', 0x15, 0x00, 0x16 }, nation[2738..2742]);
        byte[] early = [.. nation], shifted = [.. nation];
        ((ReadOnlySpan<byte>)[0x00, 0x00, 0x01, 0x00]).CopyTo(early.AsSpan(2738));
        shifted[2739] = 0x01;
        foreach ((string name, byte[] bytes) in new[] { ("nation-ends-early", early), ("nation-shifted-fields", shifted) })
        {
            string path = Save(name + ".parquet", bytes);
            yield return ["gini", path, "--value", "region_key"];
            yield return ["poverty", path, "--value", "nation_key", "--line", "3", "--by", "name"];
        }
        foreach (var (name, bytes, commands, random) in seeds)
        {
            int i = 0;
            foreach ((string mutation, byte[] mutated) in ParquetMutations(name, bytes, name.Length * 7919 + random, random))
            {
                string path = Save(mutation + ".parquet", mutated);
                string[][] options = commands(path);
                yield return options[i++ % options.Length];
            }
        }
    }

    // ---------------------------------------------------------------- DOCX

    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static string Paragraph(string text) =>
        "<w:p><w:r><w:t xml:space=\"preserve\">" + SecurityElement.Escape(Regex.Replace(text, @"</?b>|\*\*|^## ", "").Trim()) + "</w:t></w:r></w:p>";

    /// <summary><c>reports/mini-lppd.txt</c> as <c>word/document.xml</c>: its tab-separated rows as Word tables, the other lines as paragraphs.</summary>
    private static string MiniDocumentXml()
    {
        string[] lines = File.ReadAllLines(TestDataPath.Of("reports", "mini-lppd.txt"));
        var body = new StringBuilder();
        for (int i = 0; i < lines.Length;)
        {
            if (!lines[i].Contains('\t'))
            {
                if (lines[i].Trim().Length > 0)
                    body.Append(Paragraph(lines[i]));
                i++;
                continue;
            }
            var rows = new List<string[]>();
            while (i < lines.Length && lines[i].Contains('\t'))
                rows.Add(lines[i++].Split('\t'));
            int width = rows.Max(r => r.Length);
            body.Append("<w:tbl><w:tblGrid>").Append(string.Concat(Enumerable.Repeat("<w:gridCol w:w=\"1400\"/>", width))).Append("</w:tblGrid>");
            foreach (string[] row in rows)
            {
                body.Append("<w:tr>");
                for (int c = 0; c < width; c++)
                    body.Append("<w:tc><w:tcPr><w:tcW w:w=\"1400\" w:type=\"dxa\"/></w:tcPr>").Append(Paragraph(c < row.Length ? row[c] : "")).Append("</w:tc>");
                body.Append("</w:tr>");
            }
            body.Append("</w:tbl>");
        }
        return $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{WordNamespace}\"><w:body>{body}</w:body></w:document>";
    }

    private static List<(string Name, byte[] Bytes)> DocxEntries(byte[] document) =>
    [
        ("[Content_Types].xml", Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")),
        ("_rels/.rels", Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")),
        ("word/document.xml", document),
    ];

    private static byte[] Zip(IEnumerable<(string Name, byte[] Bytes)> entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach ((string name, byte[] bytes) in entries)
            {
                using Stream stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(bytes);
            }
        }
        return memory.ToArray();
    }

    private static byte[] Docx(string document) => Zip(DocxEntries(Encoding.UTF8.GetBytes(document)));

    /// <summary>The document with <paramref name="old"/> replaced by <paramref name="new"/> in its first <paramref name="count"/> places.</summary>
    private static string Replace(string document, string old, string @new, int count = int.MaxValue)
    {
        int done = 0;
        return Regex.Replace(document, Regex.Escape(old), m => done++ < count ? @new : m.Value);
    }

    private static IEnumerable<(string Name, byte[] Bytes)> DocxMutations()
    {
        string xml = MiniDocumentXml();
        byte[] docx = Docx(xml);
        string table = Regex.Match(xml, "<w:tbl>.*?</w:tbl>").Value;
        string bomb = "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">"
            + string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY {(char)('a' + i)} \"{string.Concat(Enumerable.Repeat($"&{(char)('a' + i - 1)};", 10))}\">")) + "]>";
        var documents = new (string Name, string Xml)[]
        {
            ("entity-bomb", xml.Replace("?><w:document", "?>" + bomb + "<w:document").Replace("Tabel 3.1", "&j;")),
            ("external-entity", xml.Replace("?><w:document", "?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document").Replace("Tabel 3.1", "&x;")),
            ("nested-content-controls", xml.Replace("<w:body>", "<w:body>" + string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 100_000)) + "<w:p/>" + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 100_000)))),
            ("nested-runs", Replace(xml, "<w:t xml:space=\"preserve\">", string.Concat(Enumerable.Repeat("<w:ins>", 50_000)) + "<w:t>x</w:t>" + string.Concat(Enumerable.Repeat("</w:ins>", 50_000)) + "<w:t xml:space=\"preserve\">", 1)),
            ("nested-tables", xml.Replace("<w:body>", "<w:body>" + string.Concat(Enumerable.Repeat("<w:tbl><w:tr><w:tc>", 300)) + "<w:p/>" + string.Concat(Enumerable.Repeat("</w:tc></w:tr></w:tbl>", 300)))),
            ("grid-before-huge", Replace(xml, "<w:tr>", "<w:tr><w:trPr><w:gridBefore w:val=\"2147483647\"/></w:trPr>", 2)),
            ("grid-before-negative", Replace(xml, "<w:tr>", "<w:tr><w:trPr><w:gridBefore w:val=\"-5\"/></w:trPr>", 2)),
            ("grid-span-huge", Replace(xml, "<w:tcPr>", "<w:tcPr><w:gridSpan w:val=\"2147483647\"/>", 3)),
            ("grid-span-big", Replace(xml, "<w:tcPr>", "<w:tcPr><w:gridSpan w:val=\"999999\"/>", 3)),
            ("grid-span-negative", Replace(xml, "<w:tcPr>", "<w:tcPr><w:gridSpan w:val=\"-7\"/>", 20)),
            ("grid-span-text", Replace(xml, "<w:tcPr>", "<w:tcPr><w:gridSpan w:val=\"x\"/>", 2)),
            ("vmerge-everywhere", Replace(xml, "<w:tcPr>", "<w:tcPr><w:vMerge/>")),
            ("nul-reference", Replace(xml, "</w:t>", "&#0;</w:t>", 5)),
            ("escape-reference", Replace(xml, "</w:t>", "&#x1b;[31m</w:t>", 5)),
            ("nul-byte", Replace(xml, "</w:t>", "\0</w:t>", 5)),
            ("control-characters", Replace(xml, "Program", "Pro\u001b[2Jgram\u0007")),
            ("huge-text-run", Replace(xml, "</w:t>", new string('9', 2_000_000) + "</w:t>", 1)),
            ("repeated-tables", xml.Replace("</w:body>", string.Concat(Enumerable.Repeat(table, 300)) + "</w:body>")),
            ("wide-row", Replace(xml, "<w:tr>", "<w:tr>" + string.Concat(Enumerable.Repeat("<w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>", 5000)), 1)),
            ("long-numbers", Regex.Replace(xml, "[0-9]{3}", "9" + new string('0', 400))),
            ("infinite-numbers", Regex.Replace(xml, "[0-9]+,[0-9]+", "1e309")),
            ("broken-numbers", Regex.Replace(xml, "[0-9]+,[0-9]+", "1.2.3,4,5")),
            ("no-body", $"<?xml version=\"1.0\"?><w:document xmlns:w=\"{WordNamespace}\"/>"),
            ("wrong-namespace", xml.Replace(WordNamespace, "urn:not-word")),
            ("utf16-declared", xml.Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")),
            ("unclosed", xml[..(xml.Length / 2)]),
            ("empty", ""),
        };
        foreach ((string name, string document) in documents)
            yield return ("xml-" + name, Docx(document));
        List<(string Name, byte[] Bytes)> entries = DocxEntries(Encoding.UTF8.GetBytes(xml));
        yield return ("duplicate-document", Zip([.. entries, entries[2]]));
        for (int i = 0; i < entries.Count; i++)
            yield return ("missing-" + i, Zip(entries.Where((_, k) => k != i)));
        foreach (string target in new[] { "word/missing.xml", "../../../etc/passwd", "", "/" })
            yield return ("relationship-" + target.Length, Zip(entries.Select(e => e.Name == "_rels/.rels" ? (e.Name, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(e.Bytes).Replace("word/document.xml", target))) : e)));
        yield return ("nested-zip", Zip(entries.Select(e => e.Name == "word/document.xml" ? (e.Name, docx) : e)));

        // The ZIP structure: truncated in the central directory, its end record and its entries' sizes lying.
        int directory = IndexOf(docx, "PK\u0001\u0002"u8), end = IndexOf(docx, "PK\u0005\u0006"u8);
        foreach (int cut in new[] { 2, 30, directory, directory + 10, directory + 46, (directory + end) / 2, end, end + 10, docx.Length - 1 })
            yield return ($"cut{cut}", docx[..cut]);
        foreach ((int offset, uint value) in new (int, uint)[] { (end + 10, 0xFFFF), (end + 8, 0), (end + 12, 0x7FFFFFFF), (end + 16, 0x7FFFFFFF), (end + 16, 0) })
        {
            byte[] copy = [.. docx];
            if (offset == end + 8 || offset == end + 10)
                BinaryPrimitives.WriteUInt16LittleEndian(copy.AsSpan(offset), (ushort)value);
            else
                BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(offset), value);
            yield return ($"eocd{offset - end}-{value}", copy);
        }
        int documentHeader = DirectoryEntryOf(docx, "word/document.xml");
        foreach ((int field, uint value) in new (int, uint)[] { (20, 0x7FFFFFFF), (24, 0x7FFFFFFF), (24, 1), (20, 1), (42, 0x7FFFFFFF) })
        {
            byte[] copy = [.. docx];
            BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(documentHeader + field), value);
            yield return ($"directory{field}-{value}", copy);
        }
        var rng = new Random(1201);
        for (int i = 0; i < 30; i++)
            yield return ($"bytes-{i}", Mutate(docx, rng, 0, docx.Length));
    }

    private static int IndexOf(byte[] bytes, ReadOnlySpan<byte> what) => bytes.AsSpan().IndexOf(what);

    /// <summary>The offset of the central directory entry of <paramref name="name"/>.</summary>
    private static int DirectoryEntryOf(byte[] zip, string name)
    {
        for (int at = IndexOf(zip, "PK\u0001\u0002"u8); at >= 0; at += 46 + BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 28))
                 + BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 30)) + BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 32)))
        {
            if (Encoding.UTF8.GetString(zip, at + 46, BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 28))) == name)
                return at;
        }
        throw new InvalidOperationException(name + " is not in the archive");
    }

    // ---------------------------------------------------------------- PDF

    /// <summary>A one-page PDF drawn with PdfPig: a caption and a ruled 5-column budget table of <c>mini-lppd.txt</c>'s Tabel 3.2.</summary>
    private static byte[] MiniPdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        page.AddText("Tabel 3.2 Anggaran dan Realisasi Program", 9, new PdfPoint(60, 760), font);
        string[][] rows =
        [
            ["No.", "Program", "Anggaran (Rp.)", "Realisasi (Rp.)", "%"],
            ["1.", "Program Penunjang", "1.000.000", "900.000", "90,00%"],
            ["2.", "Program Layanan", "3.000.000", "2.400.000", "85,00%"],
            ["Total", "", "4.000.000", "3.300.000", "82,50%"],
        ];
        double[] xs = [60, 90, 250, 340, 430, 490];
        double top = 740;
        for (int r = 0; r <= rows.Length; r++)
            page.DrawLine(new PdfPoint(xs[0], top - 20 * r), new PdfPoint(xs[^1], top - 20 * r), 0.5);
        foreach (double x in xs)
            page.DrawLine(new PdfPoint(x, top), new PdfPoint(x, top - 20 * rows.Length), 0.5);
        for (int r = 0; r < rows.Length; r++)
            for (int c = 0; c < rows[r].Length; c++)
                page.AddText(rows[r][c], 9, new PdfPoint(xs[c] + 3, top - 20 * r - 14), font);
        return builder.Build();
    }

    private static IEnumerable<(string Name, byte[] Bytes)> PdfMutations(string seed, byte[] pdf, int rngSeed)
    {
        string text = Encoding.Latin1.GetString(pdf);
        foreach (string key in new[] { "startxref", "xref", "trailer", "%%EOF", "endstream", "/Root", "/Pages" })
        {
            int at = text.LastIndexOf(key, StringComparison.Ordinal);
            if (at < 0)
                continue;
            foreach (int cut in new[] { at, at + key.Length / 2, at + key.Length + 3 })
                yield return ($"{seed}-cut-{key.Trim('%', '/')}-{cut - at}", pdf[..Math.Min(cut, pdf.Length - 1)]);
        }
        var edits = new (string Name, Func<string, string> Edit)[]
        {
            ("length-negative", s => Regex.Replace(s, @"/Length \d+", "/Length -1")),
            ("length-huge", s => Regex.Replace(s, @"/Length \d+", "/Length 2147483647")),
            ("length-zero", s => Regex.Replace(s, @"/Length \d+", "/Length 0")),
            ("length-indirect-loop", s => Regex.Replace(s, @"/Length \d+", "/Length 1 0 R")),
            ("parent-loop", s => Regex.Replace(s, @"/Parent (\d+) 0 R", "/Parent $1 0 R /Kids [$1 0 R]")),
            ("kids-self", s => Regex.Match(s, @"(\d+) 0 obj\s*<<\s*/Type\s*/Pages") is { Success: true } m ? Regex.Replace(s, @"/Kids\s*\[[^\]]*\]", $"/Kids [{m.Groups[1].Value} 0 R {m.Groups[1].Value} 0 R]") : s),
            ("count-huge", s => Regex.Replace(s, @"/Count \d+", "/Count 2147483647")),
            ("count-negative", s => Regex.Replace(s, @"/Count \d+", "/Count -1")),
            ("mediabox-huge", s => Regex.Replace(s, @"/MediaBox\s*\[[^\]]*\]", "/MediaBox [0 0 1e308 1e308]")),
            ("mediabox-empty", s => Regex.Replace(s, @"/MediaBox\s*\[[^\]]*\]", "/MediaBox []")),
            ("mediabox-zero", s => Regex.Replace(s, @"/MediaBox\s*\[[^\]]*\]", "/MediaBox [0 0 0 0]")),
            ("xref-offsets", s => Regex.Replace(s, @"\d{10} 00000 n", "9999999999 00000 n")),
            ("xref-zero", s => Regex.Replace(s, @"\d{10} 00000 n", "0000000000 00000 n")),
            ("no-endstream", s => s.Replace("endstream", "")),
            ("no-endobj", s => s.Replace("endobj", "")),
            ("contents-self", s => Regex.Match(s, @"(\d+) 0 obj\s*<<\s*/Type\s*/Page\b") is { Success: true } m ? s.Replace("/Contents ", $"/Contents {m.Groups[1].Value} 0 R /X ") : s),
            ("startxref-huge", s => Regex.Replace(s, @"startxref\s+\d+", "startxref\n99999999999")),
            ("startxref-zero", s => Regex.Replace(s, @"startxref\s+\d+", "startxref\n0")),
            // encrypted.pdf: an RC4 key of length 0 (PdfPig divided by zero) and other broken encryption dictionaries
            ("key-length-zero", s => s.Replace("/Length 128/R", "/Length 0/R")),
            ("key-length-odd", s => s.Replace("/Length 128/R", "/Length 7/R")),
            ("revision-huge", s => s.Replace("/R 3", "/R 99")),
            ("version-zero", s => s.Replace("/V 2", "/V 0")),
        };
        foreach ((string name, Func<string, string> edit) in edits)
        {
            string edited = edit(text);
            if (edited != text)
                yield return ($"{seed}-{name}", Encoding.Latin1.GetBytes(edited));
        }
        var rng = new Random(rngSeed);
        for (int i = 0; i < 30; i++)
            yield return ($"{seed}-bytes-{i}", Mutate(pdf, rng, 0, pdf.Length));
    }

    /// <summary>
    /// A one-page PDF written by hand whose content stream (Flate) draws one line of text and then inflates to
    /// <paramref name="spaces"/> more spaces: a compression bomb of a few hundred KB.
    /// </summary>
    private static byte[] FlateBombPdf(long spaces)
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write("BT /F1 12 Tf 72 712 Td (Tabel 1) Tj ET\n"u8);
            byte[] blank = new byte[1 << 20];
            blank.AsSpan().Fill((byte)' ');
            for (long written = 0; written < spaces; written += blank.Length)
                zlib.Write(blank);
        }
        byte[] content = packed.ToArray();
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} /Filter /FlateDecode >>\nstream\n\u0000\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => pdf.Write(Encoding.Latin1.GetBytes(text));
        Write("%PDF-1.4\n");
        for (int i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            string[] parts = objects[i].Split('\u0000');
            Write($"{i + 1} 0 obj\n{parts[0]}");
            if (parts.Length > 1)
            {
                pdf.Write(content);
                Write(parts[1]);
            }
            Write("\nendobj\n");
        }
        long xref = pdf.Length;
        Write($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (long offset in offsets)
            Write($"{offset:D10} 00000 n \n");
        Write($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    [Fact]
    public void A_pdf_stream_that_inflates_past_256_MiB_is_refused_and_a_small_one_is_read()
    {
        string bomb = Save("flate-bomb.pdf", FlateBombPdf(300L << 20));
        CliRunner.Result r = CliRunner.Run("audit", bomb);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal($"lppd: {bomb}: a compressed stream of the PDF inflates to more than 256 MiB (a compression bomb?).", r.Error.TrimEnd('\n'));
        // the same page with 1 MiB of spaces is read: its text, and no table in it
        string small = Save("flate-small.pdf", FlateBombPdf(1L << 20));
        Assert.Contains("no table found", CliRunner.Run("audit", small).Error);
    }

    // ---------------------------------------------------------------- text

    private static IEnumerable<(string Name, byte[] Bytes)> TextMutations()
    {
        byte[] report = File.ReadAllBytes(TestDataPath.Of("reports", "mini-lppd.txt"));
        string text = Encoding.UTF8.GetString(report);
        string table = Regex.Match(text, "No\\.\tProgram.*?\n\n", RegexOptions.Singleline).Value;
        yield return ("nul-cells", Encoding.UTF8.GetBytes(text.Replace("\t", "\t\0")));
        yield return ("invalid-utf8", [.. report.SelectMany(b => b == (byte)'%' ? new byte[] { 0xFF, 0xFE, b } : [b])]);
        yield return ("utf8-bom", [0xEF, 0xBB, 0xBF, .. report]);
        yield return ("double-bom", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. report]);
        yield return ("utf16le-bom", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray());
        yield return ("utf16be-bom", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray());
        yield return ("utf32-bom", [0xFF, 0xFE, 0x00, 0x00, .. report]);
        yield return ("line-of-10-mb", Encoding.UTF8.GetBytes(text.Replace("Sumber: data uji.", new string('7', 10 * 1024 * 1024))));
        yield return ("repeated-tables", Encoding.UTF8.GetBytes(text + string.Concat(Enumerable.Repeat(table, 1000))));
        yield return ("carriage-returns-only", Encoding.UTF8.GetBytes(text.Replace("\n", "\r")));
        yield return ("tabs-5000", Encoding.UTF8.GetBytes(Replace(text, "\t", new string('\t', 5000), 1)));
        yield return ("escape-sequences", Encoding.UTF8.GetBytes(text.Replace("Program", "\u001b[2JProgram\u0007")));
        yield return ("binary", [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 131 % 256))]);
        // a closing row wider than its table after a blank line (the reproducer of exit 3 found by mutating lines)
        yield return ("wider-closing-row", Encoding.UTF8.GetBytes(table + "Tingkat efisiensi\t\t\t\t\t\t\t\t1,30\n"));
        var rng = new Random(20261205);
        string[] lines = text.Split('\n');
        for (int i = 0; i < 120; i++)
            yield return ($"lines-{i}", Encoding.UTF8.GetBytes(string.Join('\n', MutateLines(lines, rng))));
    }

    /// <summary>
    /// One to eight edits of whole lines, as a hand-edited report gets them: a line cut short, deleted, copied elsewhere,
    /// swapped with another, a character replaced by a separator or digit, a cell dropped, or a hostile cell appended.
    /// </summary>
    private static List<string> MutateLines(string[] lines, Random rng)
    {
        var result = lines.ToList();
        string[] cells = ["1e400", "1e999", "99999999999999999999999999999999,9", "-", "0x1p3", "1.2.3", "", "Total", "Tingkat efisiensi"];
        const string marks = "\t|,.0123456789-% ";
        for (int k = rng.Next(1, 9); k > 0 && result.Count > 0; k--)
        {
            int i = rng.Next(result.Count);
            string line = result[i];
            switch (rng.Next(7))
            {
                case 0: result[i] = line[..rng.Next(line.Length + 1)]; break;
                case 1: result.RemoveAt(i); break;
                case 2: result.Insert(i, result[rng.Next(result.Count)]); break;
                case 3:
                    int j = rng.Next(result.Count);
                    (result[i], result[j]) = (result[j], result[i]);
                    break;
                case 4:
                    if (line.Length > 0) result[i] = line.Remove(rng.Next(line.Length), 1).Insert(rng.Next(line.Length), marks[rng.Next(marks.Length)].ToString());
                    break;
                case 5: result[i] = Replace(line, "\t", "", 1); break;
                default: result[i] = line + new string('\t', rng.Next(1, 4)) + cells[rng.Next(cells.Length)]; break;
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- cases

    private static IEnumerable<string[]> DocumentCases()
    {
        string[][] Commands(string f) => [["audit", f], ["extract", f], ["audit", f, "--format", "json"]];
        var files = DocxMutations().Select(m => Save("docx-" + m.Name + ".docx", m.Bytes))
            .Concat(PdfMutations("mini", MiniPdf(), 17).Select(m => Save("pdf-" + m.Name + ".pdf", m.Bytes)))
            .Concat(PdfMutations("encrypted", File.ReadAllBytes(TestDataPath.Of("documents", "encrypted.pdf")), 29).Select(m => Save("pdf-" + m.Name + ".pdf", m.Bytes)))
            .Concat(TextMutations().Select(m => Save("text-" + m.Name + ".txt", m.Bytes)));
        int i = 0;
        foreach (string path in files)
        {
            string[][] options = Commands(path);
            yield return options[i++ % options.Length];
        }
    }

    public static IEnumerable<TheoryDataRow<string[]>> Cases() =>
        ParquetCases().Concat(DocumentCases()).Select(args => new TheoryDataRow<string[]>(args));

    [Fact]
    public void The_footer_check_takes_the_footers_of_real_writers_and_refuses_every_cut_of_them()
    {
        var files = new List<byte[]>
        {
            MicrodataParquet(3, CompressionMethod.None, optional: false),
            MicrodataParquet(2, CompressionMethod.Snappy, optional: true),
            File.ReadAllBytes(TestDataPath.Of("microdata", "types.parquet")),
        };
        foreach (string name in new[] { "nation.plain.parquet", "nation.dict.v2.parquet", "postcodes.plain.v2.parquet", "bss_with_nulls_double.parquet" })
            files.Add(File.ReadAllBytes(TestDataPath.Of("microdata", "parquet-dotnet", name)));
        foreach (byte[] file in files)
        {
            (int start, int length) = Footer(file);
            byte[] footer = file.AsSpan(start, length).ToArray();
            Assert.True(ParquetPageHeader.IsFileMetaData(footer));
            // The struct ends with its stop byte, the footer's last: no shorter prefix is a whole struct.
            for (int cut = 0; cut < footer.Length; cut++)
                Assert.False(ParquetPageHeader.IsFileMetaData(footer.AsSpan(0, cut)), $"a footer cut to {cut} of {footer.Length} bytes");
        }
    }

    [Fact]
    public void A_boolean_in_a_list_or_map_is_a_byte_so_a_count_beyond_the_bytes_is_refused()
    {
        // field 15 (not one the format gives FileMetaData, so skipped whatever its type) a list (0xF9) of 3 booleans
        // (0x31): true, false, true; stop
        Assert.True(ParquetPageHeader.IsFileMetaData([0xF9, 0x31, 0x01, 0x02, 0x01, 0x00]));
        // the same list said to hold 2^31 - 1 booleans (0xF1, then the count as a varint)
        Assert.False(ParquetPageHeader.IsFileMetaData([0xF9, 0xF1, 0xFF, 0xFF, 0xFF, 0xFF, 0x07, 0x01, 0x02, 0x01, 0x00]));
        // field 15 a map (0xFB) of 2 entries, boolean to boolean (0x11): 4 bytes; stop
        Assert.True(ParquetPageHeader.IsFileMetaData([0xFB, 0x02, 0x11, 0x01, 0x02, 0x02, 0x01, 0x00]));
        // the same map said to hold 2^31 - 1 entries
        Assert.False(ParquetPageHeader.IsFileMetaData([0xFB, 0xFF, 0xFF, 0xFF, 0xFF, 0x07, 0x11, 0x01, 0x02, 0x02, 0x01, 0x00]));
        // an unknown type (13) in a field header
        Assert.False(ParquetPageHeader.IsFileMetaData([0xFD, 0x00, 0x00]));
    }

    [Fact]
    public void A_footer_field_of_the_wrong_type_or_bytes_after_the_footer_are_refused()
    {
        // version 1 (field 1, i32: 0x15, zigzag 0x02), schema (field 2) an empty list of structs (0x19, 0x0C); stop
        Assert.True(ParquetPageHeader.IsFileMetaData([0x15, 0x02, 0x19, 0x0C, 0x00]));
        // the version as an i64 (0x16): integers of any width alike
        Assert.True(ParquetPageHeader.IsFileMetaData([0x16, 0x02, 0x19, 0x0C, 0x00]));
        // the schema an integer instead of a list
        Assert.False(ParquetPageHeader.IsFileMetaData([0x15, 0x02, 0x15, 0x02, 0x00]));
        // the schema a list of one integer (0x15) instead of structs
        Assert.False(ParquetPageHeader.IsFileMetaData([0x15, 0x02, 0x19, 0x15, 0x02, 0x00]));
        // a byte after the stop byte
        Assert.False(ParquetPageHeader.IsFileMetaData([0x15, 0x02, 0x00, 0x00]));
    }

    [Fact]
    public void There_are_several_hundred_files() =>
        Assert.True(Cases().Count() >= 400, $"{Cases().Count()} cases");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Every_corrupted_file_keeps_the_contract(string[] args)
    {
        CliRunner.Result r = CliRunner.Run(args);
        string file = Path.GetFileName(args.First(a => a.StartsWith(Dir, StringComparison.Ordinal)));
        try
        {
            HostileInputTests.AssertContract(args, r);
        }
        catch (Xunit.Sdk.XunitException ex)
        {
            throw new Xunit.Sdk.XunitException($"{file} ({args[0]}): {ex.Message}");
        }
        if (r.ExitCode == 2)
            Assert.True(r.Error.Contains(file, StringComparison.Ordinal), $"the error does not name {file}: {r.Error}");
    }
}
