using Sihui.ChainSim.Analysis.Calibration;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Analysis.Notes;

/// <summary>
/// The wording of every <see cref="AnalysisNote"/> in one language: <see cref="En"/> (NoteWords.En.cs, the text the JSON
/// carries) and <see cref="Zh"/> (NoteWords.Zh.cs). The page words the same codes in i18n.js.
/// </summary>
public sealed partial class NoteWords
{
    public required ScenarioLanguage Language { get; init; }

    /// <summary>Code → wording; every code of <see cref="AnalysisNotes"/> has one in each language.</summary>
    public required IReadOnlyDictionary<string, Func<AnalysisNote, string>> Codes { get; init; }

    /// <summary>A history metric (total_output, price_index…) as the reader calls it.</summary>
    public required Func<string, string> HistoryMetric { get; init; }

    public static NoteWords For(ScenarioLanguage language) => language == ScenarioLanguage.En ? En : Zh;

    /// <summary>The note in this language; a code without wording (a newer producer) shows as the code.</summary>
    public string Say(AnalysisNote note) => Codes.TryGetValue(note.Code, out var say) ? say(note) : note.Code;

    /// <summary>A history figure as errors name it: "total_output 2024", "enterprise_output jintian 2023".</summary>
    private static string EnLabel(AnalysisNote note) => note.Text("id").Length == 0
        ? $"{note.Text("metric")} {note.Int("year")}"
        : $"{note.Text("metric")} {note.Text("id")} {note.Int("year")}";

    /// <summary>A history figure in Chinese: "规上工业总产值 2024 年", "企业产值 jintian 2023 年".</summary>
    private static string ZhLabel(AnalysisNote note) => note.Text("id").Length == 0
        ? $"{ZhMetric(note.Text("metric"))} {note.Int("year")} 年"
        : $"{ZhMetric(note.Text("metric"))} {note.Text("id")} {note.Int("year")} 年";

    private static string Spans(AnalysisNote note, string key) => YearSpans.Of(note.Ints(key));
}
