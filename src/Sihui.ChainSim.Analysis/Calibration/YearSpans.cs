namespace Sihui.ChainSim.Analysis.Calibration;

/// <summary>Years as short text: 2013–2023, or 2013, 2015–2016.</summary>
public static class YearSpans
{
    public static string Of(IEnumerable<int> years)
    {
        var sorted = years.Distinct().Order().ToList();
        if (sorted.Count == 0)
        {
            return "none";
        }
        var parts = new List<string>();
        var start = sorted[0];
        for (var i = 1; i <= sorted.Count; i++)
        {
            if (i < sorted.Count && sorted[i] == sorted[i - 1] + 1)
            {
                continue;
            }
            var end = sorted[i - 1];
            parts.Add(end == start ? $"{start}" : $"{start}–{end}");
            if (i < sorted.Count)
            {
                start = sorted[i];
            }
        }
        return string.Join(", ", parts);
    }
}
