namespace Sihui.ChainSim.Analysis.Calibration;

/// <summary>
/// The within-industry moments of a panel's firms: means, year effects, the firm noise left after both, and the
/// partial pooling of the means once the shock variances are known (<see cref="PanelCalibrator"/>).
/// </summary>
internal sealed class IndustryMoments
{
    private readonly IReadOnlyList<FirmSeries> firms;
    private readonly Dictionary<string, double> means = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> squaredNoise = new(StringComparer.Ordinal);

    private IndustryMoments(IReadOnlyList<FirmSeries> firms) => this.firms = firms;

    public string Id => firms[0].Industry;

    /// <summary>a[t]: the mean of the firms' demeaned growth in year t; empty for a single firm, whose shock cannot be told from its noise.</summary>
    public SortedDictionary<int, double> YearEffects { get; } = new();

    public IReadOnlyList<int> Years => YearEffects.Count > 0 ? YearEffects.Keys.ToList() : firms.SelectMany(f => f.Growth.Keys).Distinct().Order().ToList();

    /// <summary>The sample variance of a[t] over the years (n − 1, as a[t] has been demeaned by the firm means).</summary>
    public double EffectVariance { get; private set; }

    /// <summary>The firm noise still in a[t]: the mean over the years of σ² / (firms that year).</summary>
    public double EffectNoise { get; private set; }

    /// <summary>σ², the pooled variance of growth net of the firm mean and the year effect.</summary>
    public double NoiseVariance { get; private set; }

    public static IndustryMoments Of(IReadOnlyList<FirmSeries> firms)
    {
        var m = new IndustryMoments(firms);
        foreach (var f in firms)
        {
            m.means[f.Id] = Moments.Mean(f.Growth.Values.ToList());
        }
        var byYear = firms.SelectMany(f => f.Growth.Select(g => (Year: g.Key, Residual: g.Value - m.means[f.Id]))).GroupBy(p => p.Year).ToList();
        if (firms.Count >= 2)
        {
            foreach (var year in byYear)
            {
                m.YearEffects[year.Key] = year.Average(p => p.Residual);
            }
        }
        var total = 0.0;
        foreach (var f in firms)
        {
            var sum = f.Growth.Sum(g =>
            {
                var e = g.Value - m.means[f.Id] - m.YearEffects.GetValueOrDefault(g.Key);
                return e * e;
            });
            m.squaredNoise[f.Id] = sum;
            total += sum;
        }
        // Two-way degrees of freedom: each firm's mean costs one, and each year effect beyond the first one more.
        var dof = firms.Sum(f => f.N - 1) - Math.Max(0, m.YearEffects.Count - 1);
        m.NoiseVariance = dof > 0 ? total / dof : 0;
        if (m.YearEffects.Count > 1)
        {
            m.EffectVariance = m.YearEffects.Values.Sum(a => a * a) / (m.YearEffects.Count - 1);
            m.EffectNoise = byYear.Average(y => m.NoiseVariance / y.Count());
        }
        return m;
    }

    /// <summary>
    /// Pools the firm means toward the industry's. <paramref name="commonVariance"/> is the shock variance (industry plus
    /// macro) that every firm of the industry shares in the same years: it does not average out over firms, so it
    /// enters the standard errors of the means as σ_c² / years.
    /// </summary>
    public (IndustryFit Industry, IReadOnlyList<FirmFit> Firms) Pool(double commonVariance, double shockVariance, double shockSdError)
    {
        var sigma2 = NoiseVariance;
        var raw = firms.Select(f => means[f.Id]).ToList();
        var sampling = firms.Select(f => sigma2 / f.N).ToList();
        // One firm has nothing to pool toward: τ² is unbounded and B = 0.
        var tau2 = firms.Count < 2 ? double.PositiveInfinity : Math.Max(0, Moments.Variance(raw) - Moments.Mean(sampling));
        var weights = sampling.Select(v => double.IsPositiveInfinity(tau2) ? 1 : 1 / (v + tau2)).ToList();
        var totalWeight = weights.Sum();
        var mean = weights.Select((w, i) => w * raw[i]).Sum() / totalWeight;
        var meanYears = Moments.Mean(firms.Select(f => (double)f.N));
        var poolVariance = double.IsPositiveInfinity(tau2) ? sampling[0] : 1 / totalWeight;
        var meanError = Math.Sqrt(poolVariance + commonVariance / meanYears);

        var fits = new List<FirmFit>();
        var correction = firms.Count >= 2 ? 1 - 1.0 / firms.Count : 1;
        for (var i = 0; i < firms.Count; i++)
        {
            var f = firms[i];
            var b = double.IsPositiveInfinity(tau2) ? 0 : (tau2 + sampling[i] == 0 ? 1 : sampling[i] / (sampling[i] + tau2));
            var pooled = mean + (1 - b) * (raw[i] - mean);
            var error = Math.Sqrt((1 - b) * sampling[i] + b * b * poolVariance + commonVariance / f.N);
            var sd = Math.Sqrt(squaredNoise[f.Id] / ((f.N - 1) * correction));
            fits.Add(new FirmFit(f.Id, f.Industry, f.N, f.Growth.Keys.Order().ToList(), raw[i], pooled, error, b,
                sd, sd / Math.Sqrt(2.0 * (f.N - 1)), FellBack: false));
        }
        var industry = new IndustryFit(Id, firms.Count, firms.Sum(f => f.N), Years, mean, meanError,
            double.IsPositiveInfinity(tau2) ? double.NaN : Math.Sqrt(tau2), Math.Sqrt(sigma2), Math.Sqrt(shockVariance), shockSdError, YearEffects.Count > 1);
        return (industry, fits);
    }
}
