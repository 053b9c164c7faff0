namespace Sihui.ChainSim.Model.Randomness;

/// <summary>
/// Exact Binomial(n, p) draws by inverting the CDF with one uniform: X is the smallest k with u &lt; F(k).
/// The weights are built outward from the mode (weight 1) rather than up from (1 − p)^n, which underflows for
/// large n, and their total is summed too, so no normalising constant is needed. Weights below 1e-25 of the
/// mode's are dropped: their mass is far under the 2^-53 resolution of u.
/// </summary>
public sealed class BinomialInverse
{
    private const double Negligible = 1e-25;

    // Weights of k = low, low + 1, ... relative to the mode's; reused between draws.
    private double[] _weights = new double[64];
    private int _count;

    /// <summary>A draw of Binomial(n, p) for the uniform <paramref name="u"/> in [0, 1); n is a whole number.</summary>
    public double Sample(double n, double p, double u)
    {
        if (n <= 0 || p <= 0)
        {
            return 0;
        }
        if (p >= 1)
        {
            return n;
        }
        var mode = Math.Min(Math.Floor((n + 1) * p), n);
        var odds = p / (1 - p);
        _count = 0;

        // Below the mode, w(k − 1) = w(k) · k / ((n − k + 1) · odds), written from the mode down, then reversed.
        var w = 1.0;
        for (var k = mode; k > 0; k--)
        {
            w *= k / ((n - k + 1) * odds);
            if (w < Negligible)
            {
                break;
            }
            Add(w);
        }
        Array.Reverse(_weights, 0, _count);
        var low = mode - _count;
        Add(1.0);

        // Above the mode, w(k + 1) = w(k) · (n − k) · odds / (k + 1).
        w = 1.0;
        for (var k = mode; k < n; k++)
        {
            w *= (n - k) * odds / (k + 1);
            if (w < Negligible)
            {
                break;
            }
            Add(w);
        }

        var total = 0.0;
        for (var i = 0; i < _count; i++)
        {
            total += _weights[i];
        }
        // The scan adds in the same order as the total, so it ends on the total exactly.
        var target = u * total;
        var sum = 0.0;
        for (var i = 0; i < _count; i++)
        {
            sum += _weights[i];
            if (target < sum)
            {
                return low + i;
            }
        }
        return low + _count - 1;
    }

    private void Add(double weight)
    {
        if (_count == _weights.Length)
        {
            Array.Resize(ref _weights, _count * 2);
        }
        _weights[_count++] = weight;
    }
}
