using System.Text.RegularExpressions;
using Sihui.ChainSim.Analysis.Notes;
using Sihui.ChainSim.TestSupport;

namespace Sihui.ChainSim.Web.Tests.Serve;

/// <summary>The page words every note code the analyses give, in English and in Chinese, as NoteWords does.</summary>
public sealed class NoteWordingTests
{
    [Fact]
    public void I18n_js_words_every_note_code_once_per_language()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Sihui.ChainSim.Web", "wwwroot", "i18n.js"));

        foreach (var code in NoteWords.En.Codes.Keys)
        {
            var wordings = Regex.Matches(script, $@"^\s+{Regex.Escape(code)}: (v|\(\)) =>", RegexOptions.Multiline).Count;
            Assert.True(wordings == 2, $"i18n.js words '{code}' {wordings} times; it needs one English and one Chinese wording");
        }
    }
}
