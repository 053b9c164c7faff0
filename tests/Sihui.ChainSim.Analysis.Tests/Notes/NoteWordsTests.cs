using System.Text.Json;
using System.Text.RegularExpressions;
using Sihui.ChainSim.Analysis.IO;
using Sihui.ChainSim.Analysis.Notes;

namespace Sihui.ChainSim.Analysis.Tests.Notes;

/// <summary>Every note code is worded in both languages; the English is the text the JSON always carried; the Chinese has no English word.</summary>
public sealed partial class NoteWordsTests
{
    /// <summary>One note of every code, with values like the analyses give.</summary>
    public static IReadOnlyList<AnalysisNote> EveryCode { get; } =
    [
        AnalysisNotes.NominalAsReal("jade", [2013, 2014, 2015, 2018]),
        AnalysisNotes.NoEnterpriseHistory(["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10"]),
        AnalysisNotes.ShockNotToldApart("electronics"),
        AnalysisNotes.MacroNeedsTwoIndustries(),
        AnalysisNotes.MacroNeedsSharedYears(3),
        AnalysisNotes.FirmNotFitted("lonely", 1, "jade"),
        AnalysisNotes.FirmTakesIndustry("short", 2, 3, "copper"),
        AnalysisNotes.IndustryFallback("copper", 2),
        AnalysisNotes.IndicatorNotFitted("high_tech", 3),
        AnalysisNotes.ValueUndefined("enterprises.zero.growth.sd"),
        AnalysisNotes.MetricsUnused(["total_output", "value_added"]),
        AnalysisNotes.PriceNotFitted("copper", 3, 2020),
        AnalysisNotes.PriceFitted("copper", 0.012345, 0.0456, [2012, 2013, 2014, 2015]),
        AnalysisNotes.NothingCalibrated(2019),
        AnalysisNotes.NothingCalibrated(null),
        AnalysisNotes.NotInBackcast("enterprise_output", "newfirm", 2012),
        AnalysisNotes.NotInBackcast("total_output", "", 2012),
        AnalysisNotes.NoBackcastStart(2024),
        AnalysisNotes.BackcastFailed("the rebased scenario failed"),
        AnalysisNotes.OriginSkipped(2015, "synthetic"),
        AnalysisNotes.DroppedNoFigure(2019, "history.csv:12", "enterprise_output", "newfirm", 2021),
        AnalysisNotes.DroppedNoLevel(2019, "history.csv:13", "indicator", "high_tech", 2021),
        AnalysisNotes.TotalIncomplete(2019, "history.csv:14", "total_output", "", 2021),
        AnalysisNotes.NoPriceForecast("actuals.csv:2", "price_index", "copper", 2025),
        AnalysisNotes.FromOrigin(AnalysisNotes.NoForecast("history.csv:3", "total_output", "", 2030, "total_output"), 2020),
        AnalysisNotes.AbsentFromFile("industries.jade.price.drift", "custom"),
    ];

    [Fact]
    public void Every_code_has_a_wording_in_both_languages_and_no_other()
    {
        var codes = EveryCode.Select(n => n.Code).ToHashSet();
        Assert.Equal(codes.Order(), NoteWords.En.Codes.Keys.Order());
        Assert.Equal(codes.Order(), NoteWords.Zh.Codes.Keys.Order());
    }

    [Theory]
    [InlineData(0, "jade: no price_index for both ends of 2013–2015, 2018; its firms' nominal growth there is taken as real")]
    [InlineData(1, "10 enterprises without enterprise_output history keep their values: a1, a2, a3, a4, a5, a6, a7, a8 and 2 more")]
    [InlineData(5, "lonely: 1 growth observation and no fitted firm in jade to fall back to; not fitted")]
    [InlineData(6, "short: 2 growth observations, fewer than 3; it takes copper's mean and sd")]
    [InlineData(7, "copper's fit: only 2 growth observations of its own")]
    [InlineData(12, "price_index copper: drift 0.0123 and volatility 0.0456 fitted to 2012–2015")]
    [InlineData(13, "nothing could be calibrated on the history up to 2019; growth, shocks and indicator changes are the file's")]
    [InlineData(14, "nothing could be calibrated on the history; growth, shocks and indicator changes are the file's")]
    [InlineData(16, "total_output: not in the backcast from 2012 (its figures or its enterprises start later)")]
    [InlineData(19, "origin 2015 skipped: the history gives no enterprise_output in 2015 for any enterprise of synthetic, so there is nothing to forecast from")]
    [InlineData(20, "from 2019: history.csv:12: enterprise_output newfirm 2021 (dropped: no figure at the origin)")]
    [InlineData(23, "actuals.csv:2: price_index copper 2025 (a run forecasts no price index)")]
    [InlineData(24, "from 2020: history.csv:3: total_output 2030 (no forecast of total_output in 2030)")]
    public void The_English_is_the_sentence_the_json_carried(int index, string english)
    {
        Assert.Equal(english, EveryCode[index].English);
        Assert.Equal(english, NoteWords.En.Say(EveryCode[index]));
    }

    [Fact]
    public void The_Chinese_has_no_English_word_but_the_notes_own_ids_sources_and_messages()
    {
        foreach (var note in EveryCode)
        {
            var text = NoteWords.Zh.Say(note);
            Assert.Matches(HanCharacter(), text);
            foreach (var value in note.Values.Values.SelectMany(v => v is IEnumerable<string> list ? list : [Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!])
                         .Where(v => v.Length > 0).OrderByDescending(v => v.Length))
            {
                // A history metric is named in Chinese, so its id is no excuse for English.
                if (value is not ("total_output" or "value_added" or "enterprise_output" or "price_index" or "indicator" or "industry_output") || note.Code is "no_forecast")
                {
                    text = text.Replace(value, " ", StringComparison.Ordinal);
                }
            }
            Assert.False(EnglishWord().IsMatch(text), $"{note.Code}: English left in '{NoteWords.Zh.Say(note)}': {EnglishWord().Match(text).Value}");
        }
    }

    [Fact]
    public void The_json_of_a_note_is_its_code_and_values_with_lists_as_arrays()
    {
        var json = JsonDocument.Parse(AnalysisJson.Serialize(EveryCode[0])).RootElement;

        Assert.Equal("nominal_as_real", json.GetProperty("code").GetString());
        Assert.Equal("jade", json.GetProperty("values").GetProperty("industry").GetString());
        Assert.Equal([2013, 2014, 2015, 2018], json.GetProperty("values").GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.False(json.TryGetProperty("english", out _));
    }

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex EnglishWord();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex HanCharacter();
}
