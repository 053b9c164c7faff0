using System.Globalization;
using System.Text.Json.Serialization;

namespace Sihui.ChainSim.Analysis.Notes;

/// <summary>
/// A note of a fit, a backtest, a score or a gap in a form that names no language: a <see cref="Code"/> from
/// <see cref="AnalysisNotes"/> and the values it is worded with (ids, years, counts), so a console, a report or the page
/// words it in its own language (<see cref="NoteWords"/>, i18n.js). The English text the JSON has always carried is
/// <see cref="English"/>.
/// </summary>
public sealed record AnalysisNote(string Code, IReadOnlyDictionary<string, object> Values)
{
    /// <summary>The note in English, as the JSON's <c>note</c> / <c>notes</c> text fields carry it.</summary>
    [JsonIgnore]
    public string English => NoteWords.En.Say(this);

    public bool Has(string key) => Values.ContainsKey(key);

    public string Text(string key) => Values.TryGetValue(key, out var v) ? Convert.ToString(v, CultureInfo.InvariantCulture) ?? "" : "";

    public int Int(string key) => Convert.ToInt32(Values[key], CultureInfo.InvariantCulture);

    public double Number(string key) => Convert.ToDouble(Values[key], CultureInfo.InvariantCulture);

    public IReadOnlyList<string> Texts(string key) => (IReadOnlyList<string>)Values[key];

    public IReadOnlyList<int> Ints(string key) => (IReadOnlyList<int>)Values[key];
}
