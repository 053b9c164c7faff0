namespace Sihui.ChainSim.Analysis.Calibration;

/// <summary>Small sample statistics the calibration shares.</summary>
internal static class Moments
{
    public static double Mean(IEnumerable<double> values)
    {
        var list = values as IReadOnlyList<double> ?? values.ToList();
        return list.Count == 0 ? double.NaN : list.Sum() / list.Count;
    }

    /// <summary>The unbiased sample variance (n − 1); NaN below two values.</summary>
    public static double Variance(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return double.NaN;
        }
        var mean = Mean(values);
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
    }

    /// <summary>
    /// The standard error of an sd σ = √v from the standard error of its variance v, by the delta method (se_v / 2σ);
    /// where σ is 0 the delta method fails, and √se_v, the sd a variance of that size would have, is given instead.
    /// </summary>
    public static double SdError(double variance, double varianceError) =>
        variance > 0 ? varianceError / (2 * Math.Sqrt(variance)) : Math.Sqrt(varianceError);
}
