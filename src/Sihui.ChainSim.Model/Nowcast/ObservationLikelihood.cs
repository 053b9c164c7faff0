using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Sihui.ChainSim.Model.Nowcast;

/// <summary>
/// The log-likelihood of one published year-to-date figure given a trial's annual value (docs/nowcast.md).
/// Logs, because a trial's weight is the product over many rows and would underflow.
/// </summary>
public static class ObservationLikelihood
{
    /// <summary>
    /// A money level Y through a month whose share is s ± σ, given annual X: log of φ((Y − s·X) / (σ·X)) / (σ·X).
    /// A trial whose annual value is 0 or less (or not a number) explains no money figure: −∞.
    /// </summary>
    public static double LogMoney(double observed, double share, double shareSd, double annual)
    {
        if (!(shareSd > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(shareSd), shareSd, "a money figure needs a share_sd above 0");
        }
        if (!(annual > 0) || !double.IsFinite(annual))
        {
            return double.NegativeInfinity;
        }
        return Normal.PDFLn(share * annual, shareSd * annual, observed);
    }

    /// <summary>
    /// A count C through a month whose share is s, given annual count N: log of C(N, C) · s^C · (1 − s)^(N − C),
    /// −∞ when N &lt; C; s = 0 and s = 1 are exact (only C = 0, or only N = C, has likelihood 1).
    /// A non-whole N (an indicator whose change is a continuous draw) counts its whole units, ⌊N⌋.
    /// </summary>
    public static double LogCount(int observed, double share, double annual)
    {
        if (observed < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(observed), observed, "a count is at least 0");
        }
        if (double.IsNaN(annual))
        {
            return double.NegativeInfinity;
        }
        var n = (int)Math.Clamp(Math.Floor(annual), 0, int.MaxValue);
        if (n < observed)
        {
            return double.NegativeInfinity;
        }
        if (share <= 0)
        {
            return observed == 0 ? 0 : double.NegativeInfinity;
        }
        if (share >= 1)
        {
            return n == observed ? 0 : double.NegativeInfinity;
        }
        return SpecialFunctions.BinomialLn(n, observed) + (observed * Math.Log(share)) + ((n - observed) * double.LogP1(-share));
    }
}
