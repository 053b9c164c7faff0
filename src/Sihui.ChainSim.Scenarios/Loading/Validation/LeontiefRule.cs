using MathNet.Numerics.LinearAlgebra;

namespace Sihui.ChainSim.Scenarios.Loading.Validation;

/// <summary>
/// Linkages form the Leontief matrix A[supplier, buyer]; the model needs (I - A)^-1 to exist and be non-negative,
/// otherwise more demand could mean less output.
/// </summary>
public static class LeontiefRule
{
    private const double Tolerance = 1e-12;

    public static void Check(ValidationContext v)
    {
        var s = v.Scenario;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var industry in s.Industries)
        {
            index.TryAdd(industry.Id, index.Count);
        }
        var pairs = new HashSet<(string, string)>();
        var a = Matrix<double>.Build.Dense(index.Count, index.Count);
        var usable = true;
        for (var i = 0; i < s.Linkages.Count; i++)
        {
            var link = s.Linkages[i];
            if (!pairs.Add((link.Supplier, link.Buyer)))
            {
                v.Fail($"linkages[{i}]", $"linkage from '{link.Supplier}' to '{link.Buyer}' is listed twice");
                continue;
            }
            if (!index.TryGetValue(link.Supplier, out var row) || !index.TryGetValue(link.Buyer, out var column)
                || double.IsNaN(link.Coefficient))
            {
                usable = false; // already reported as a broken reference or value
                continue;
            }
            if (link.Coefficient < 0)
            {
                usable = false; // refused by the coefficient's declared range
                continue;
            }
            a[row, column] = link.Coefficient;
        }
        if (usable && s.Linkages.Count > 0)
        {
            CheckInverse(a, v);
        }
    }

    private static void CheckInverse(Matrix<double> a, ValidationContext v)
    {
        var m = Matrix<double>.Build.DenseIdentity(a.RowCount) - a;
        var svd = m.Svd(computeVectors: false);
        var largest = svd.S.Maximum();
        if (svd.S.Minimum() <= largest * 1e-12 || !double.IsFinite(largest))
        {
            v.Fail("linkages", "the Leontief matrix (I - A) is singular: the linkages let an industry feed itself without limit; lower the coefficients");
            return;
        }
        var inverse = m.Inverse();
        var worst = inverse.Enumerate().Min();
        if (worst < -Tolerance || inverse.Enumerate().Any(x => !double.IsFinite(x)))
        {
            v.Fail("linkages", $"the Leontief inverse (I - A)^-1 has a negative entry ({worst:G4}): the linkage coefficients are too large (each buyer's column should sum to less than 1)");
        }
    }
}
