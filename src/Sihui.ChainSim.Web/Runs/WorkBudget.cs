using System.Globalization;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Web.Runs;

/// <summary>What one request may cost, as trials × entities × years: memory and time of a run grow with each.</summary>
public static class WorkBudget
{
    /// <summary>Industries, parks, enterprises and projects: the things simulated every year of every trial.</summary>
    public static long Entities(ScenarioDefinition scenario) =>
        scenario.Industries.Count + scenario.Parks.Count + scenario.Enterprises.Count + scenario.Projects.Count;

    /// <summary>Why the request costs too much, or null. An <c>end_year</c> in <c>set</c> counts with its new value.</summary>
    public static string? Problem(ScenarioDefinition scenario, RunRequest request, long budget) =>
        Problem(scenario, request, request.Trials ?? scenario.Trials, budget, "this run costs", "ask for at most {0:N0} trials");

    /// <summary>
    /// Why a nowcast that may draw up to <paramref name="maxTrials"/> trials costs too much, or null: its extra trials
    /// count against the budget, since its largest run is one of that many trials.
    /// </summary>
    public static string? NowcastProblem(ScenarioDefinition scenario, RunRequest request, int maxTrials, long budget) =>
        Problem(scenario, request, maxTrials, budget, "this nowcast may draw up to", "give a max_trials of at most {0:N0}");

    /// <summary>The most trials one run of the request may have within <paramref name="budget"/>.</summary>
    public static long MostTrials(ScenarioDefinition scenario, RunRequest request, long budget) =>
        (long)Math.Min(int.MaxValue, Math.Floor(budget / ((double)Math.Max(1, Entities(scenario)) * Math.Max(1, YearsAfterSet(scenario, request)))));

    /// <summary>One run's work, trials × entities × years, with an <c>end_year</c> in the request's <c>set</c> counted.</summary>
    public static double Work(ScenarioDefinition scenario, RunRequest request, long trials) =>
        (double)trials * Math.Max(1, Entities(scenario)) * Math.Max(1, YearsAfterSet(scenario, request));

    /// <summary>
    /// Why an analysis of <paramref name="runs"/> runs of <paramref name="trials"/> trials, costing <paramref name="work"/>
    /// in all (the sum of its runs' <see cref="Work"/>), is over <paramref name="budget"/>, or null.
    /// </summary>
    public static string? AnalysisProblem(double work, int runs, int trials, long budget)
    {
        if (work <= budget)
        {
            return null;
        }
        var most = Math.Floor(trials * (budget / work));
        return string.Create(CultureInfo.InvariantCulture,
            $"this analysis takes {runs:N0} runs of {trials:N0} trials, {work:N0} trials × entities × years in all, over the server's budget of {budget:N0} per analysis; ask for at most {most:N0} trials");
    }

    private static string? Problem(ScenarioDefinition scenario, RunRequest request, long trials, long budget, string costs, string advice)
    {
        var years = (long)Math.Max(1, YearsAfterSet(scenario, request));
        var entities = Math.Max(1, Entities(scenario));
        // In double: an end_year set far away must not overflow the product.
        var work = (double)trials * entities * years;
        if (work <= budget)
        {
            return null;
        }
        var most = Math.Floor(budget / ((double)entities * years));
        return string.Create(CultureInfo.InvariantCulture,
            $"{costs} {trials:N0} trials × {entities:N0} entities × {years:N0} years = {work:N0}, over the server's budget of {budget:N0} per request; ")
            + string.Format(CultureInfo.InvariantCulture, advice, most);
    }

    private static long YearsAfterSet(ScenarioDefinition scenario, RunRequest request)
    {
        long first = scenario.BaseYear, last = scenario.EndYear;
        foreach (var item in request.LoadOptions.Set)
        {
            if (long.TryParse(item.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year)
                || (double.TryParse(item.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && Math.Abs(real) < 1e15 && (year = (long)real) == real))
            {
                if (item.Path == "end_year")
                {
                    last = year;
                }
                else if (item.Path == "base_year")
                {
                    first = year;
                }
            }
        }
        return last - first;
    }
}
