using Sihui.ChainSim.Analysis.Runs;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary>
/// The columns of <c>chainsim compare</c>: each file's baseline, then, for each file, the variants asked for. One file gives
/// labels like <c>baseline</c> and <c>high-investment</c>; several give <c>sihui-2024</c> and <c>sihui-2024:high-investment</c>.
/// </summary>
public static class CompareColumns
{
    public static IReadOnlyList<LabelledRun> Build(IReadOnlyList<string> files, IReadOnlyList<string> variants, bool allVariants)
    {
        if (allVariants && variants.Count > 0)
        {
            throw new CliInputException("give either --variants or --all-variants, not both");
        }
        var columns = new List<LabelledRun>();
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var baseline = AnalysisWorkflow.ReadColumn(file);
            var definition = AnalysisWorkflow.Load(baseline);
            var stem = files.Count > 1 ? Path.GetFileNameWithoutExtension(file) : null;
            columns.Add(baseline with { Label = Unique(labels, stem ?? "baseline") });
            var names = allVariants ? definition.Variants.Select(v => v.Name).ToList() : variants;
            foreach (var name in names)
            {
                var column = new LabelledRun(Unique(labels, stem is null ? name : $"{stem}:{name}"), baseline.Request.WithVariant(name));
                // The loader names an unknown variant (with a suggestion) as it does for run and the web.
                AnalysisWorkflow.Load(column);
                columns.Add(column);
            }
        }
        if (columns.Count < 2)
        {
            throw new CliInputException("nothing to compare: give a second FILE, --variants a,b or --all-variants");
        }
        return columns;
    }

    /// <summary>The two columns named by <c>--explain A,B</c>; they must come from the same scenario file.</summary>
    public static (LabelledRun From, LabelledRun To) Pair(IReadOnlyList<LabelledRun> columns, IReadOnlyList<string> labels)
    {
        if (labels.Count != 2)
        {
            throw new CliInputException("--explain expects two column labels, e.g. --explain baseline,high-investment");
        }
        LabelledRun Find(string label) => columns.FirstOrDefault(c => c.Label == label)
            ?? throw new CliInputException($"--explain: no column '{label}'; the columns are {string.Join(", ", columns.Select(c => c.Label))}");
        var (from, to) = (Find(labels[0]), Find(labels[1]));
        if (!from.SameFileAs(to))
        {
            throw new CliInputException($"--explain: {from.Label} and {to.Label} come from different files; explain compares variants of one file");
        }
        return (from, to);
    }

    // The same file given twice still gets two columns, told apart by #2, #3, ...
    private static string Unique(HashSet<string> labels, string label)
    {
        var candidate = label;
        for (var n = 2; !labels.Add(candidate); n++)
        {
            candidate = $"{label}#{n}";
        }
        return candidate;
    }
}
