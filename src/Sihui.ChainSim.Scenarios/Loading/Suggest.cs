namespace Sihui.ChainSim.Scenarios.Loading;

/// <summary>Finds the nearest valid name for a misspelt one, for "did you mean" hints.</summary>
public static class Suggest
{
    /// <summary>The closest candidate by edit distance (a swap of two neighbours costs 1), or null when none is close.</summary>
    public static string? Nearest(string wrong, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(wrong.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }
        // Close means a couple of typos, or up to a third of the word for long names.
        var limit = Math.Max(2, wrong.Length / 3);
        return best is not null && bestDistance <= limit && bestDistance < Math.Max(wrong.Length, 1) ? best : null;
    }

    /// <summary>" (did you mean `x`?)" or "".</summary>
    public static string Hint(string wrong, IEnumerable<string> candidates, char quote = '`')
    {
        var nearest = Nearest(wrong, candidates);
        return nearest is null ? "" : $" (did you mean {quote}{nearest}{quote}?)";
    }

    /// <summary>Optimal string alignment distance; inputs are short keys and ids, so the quadratic table is fine.</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length > 200 || b.Length > 200)
        {
            return Math.Max(a.Length, b.Length);
        }
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
