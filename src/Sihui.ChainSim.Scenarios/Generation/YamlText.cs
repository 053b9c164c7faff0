using System.Globalization;
using System.Text;

namespace Sihui.ChainSim.Scenarios.Generation;

/// <summary>Writes YAML scalars and distributions as text: invariant numbers and double-quoted strings.</summary>
public static class YamlText
{
    /// <summary>A number rounded to <paramref name="decimals"/> places, never in exponent form and never "-0".</summary>
    public static string Num(double value, int decimals = 3)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.######", CultureInfo.InvariantCulture);
    }

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                _ => quoted.Append(c),
            };
        }
        return quoted.Append('"').ToString();
    }

    public static string Normal(double mean, double sd) => $"{{dist: normal, mean: {Num(mean, 4)}, sd: {Num(sd, 4)}}}";
    public static string LogNormal(double mu, double sigma) => $"{{dist: lognormal, mu: {Num(mu)}, sigma: {Num(sigma)}}}";
    public static string Triangular(double min, double mode, double max) =>
        $"{{dist: triangular, min: {Num(min, 4)}, mode: {Num(mode, 4)}, max: {Num(max, 4)}}}";
    public static string Pert(double min, double mode, double max) =>
        $"{{dist: pert, min: {Num(min, 4)}, mode: {Num(mode, 4)}, max: {Num(max, 4)}}}";
    public static string Uniform(double min, double max) => $"{{dist: uniform, min: {Num(min, 4)}, max: {Num(max, 4)}}}";
    public static string Poisson(double mean) => $"{{dist: poisson, mean: {Num(mean)}}}";
    public static string Bernoulli(double p) => $"{{dist: bernoulli, p: {Num(p)}}}";
}
