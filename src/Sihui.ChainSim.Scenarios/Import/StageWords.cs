using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Import;

/// <summary>The words a ledger uses for a project's stage, in Chinese or English, and the stage each means.</summary>
public static class StageWords
{
    public static IReadOnlyList<(string Word, ProjectStage Stage)> All { get; } =
    [
        ("已签约", ProjectStage.Signed), ("签约", ProjectStage.Signed), ("已签约未开工", ProjectStage.Signed), ("签约未开工", ProjectStage.Signed),
        ("signed", ProjectStage.Signed),
        ("在建", ProjectStage.Started), ("已开工", ProjectStage.Started), ("开工", ProjectStage.Started), ("新开工", ProjectStage.Started),
        ("续建", ProjectStage.Started), ("started", ProjectStage.Started), ("under construction", ProjectStage.Started),
        ("已竣工", ProjectStage.Completed), ("竣工", ProjectStage.Completed), ("竣工未投产", ProjectStage.Completed), ("completed", ProjectStage.Completed),
        ("已投产", ProjectStage.Producing), ("投产", ProjectStage.Producing), ("已达产", ProjectStage.Producing), ("达产", ProjectStage.Producing),
        ("producing", ProjectStage.Producing), ("in production", ProjectStage.Producing),
    ];

    public static ProjectStage? Find(string word)
    {
        var plain = HeaderText.Normalize(word);
        foreach (var (w, stage) in All)
        {
            if (HeaderText.Normalize(w) == plain)
            {
                return stage;
            }
        }
        return null;
    }

    /// <summary>The word a generated ledger writes for a stage.</summary>
    public static string Chinese(ProjectStage stage) => stage switch
    {
        ProjectStage.Signed => "已签约",
        ProjectStage.Started => "在建",
        ProjectStage.Completed => "已竣工",
        _ => "已投产",
    };

    public static string Key(ProjectStage stage) => stage.ToString().ToLowerInvariant();
}
