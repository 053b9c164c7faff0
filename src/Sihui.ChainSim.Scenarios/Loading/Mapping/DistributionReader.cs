using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Scenarios.Loading.Mapping;

/// <summary>Maps a DIST node: a plain number, or a mapping with `dist:` and that distribution's parameters.</summary>
public static class DistributionReader
{
    /// <summary>Each distribution name and its parameters, in the order the spec lists them.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Parameters = new Dictionary<string, string[]>
    {
        ["normal"] = ["mean", "sd"],
        ["lognormal"] = ["mu", "sigma"],
        ["triangular"] = ["min", "mode", "max"],
        ["pert"] = ["min", "mode", "max"],
        ["uniform"] = ["min", "max"],
        ["poisson"] = ["mean"],
        ["bernoulli"] = ["p"],
    };

    public static Distribution Read(YamlNode node, string path, MappingContext context)
    {
        context.Marks.AddIfMissing(path, node.Mark);
        switch (node)
        {
            case ScalarNode when Scalars.TryNumber(node, out var constant):
                return new ConstantDistribution(constant);
            case MappingNode mapping:
                return ReadMapping(mapping, path, context);
            default:
                context.Error(node, path,
                    $"expected a number or a distribution such as {{dist: normal, mean: 0.05, sd: 0.02}}, got {node.Describe()}");
                return new ConstantDistribution(Placeholder.Number);
        }
    }

    private static Distribution ReadMapping(MappingNode mapping, string path, MappingContext context)
    {
        var nameNode = mapping.Get("dist");
        if (Scalars.IsNull(nameNode))
        {
            context.Error(mapping, MappingContext.Child(path, "dist"),
                $"missing `dist`: say which distribution, one of {string.Join(", ", Parameters.Keys)}");
            return new ConstantDistribution(Placeholder.Number);
        }
        var name = (nameNode as ScalarNode)?.Value;
        if (name is null || !Parameters.TryGetValue(name, out var parameters))
        {
            var hint = name is null ? "" : Suggest.Hint(name, Parameters.Keys, '\'');
            context.Error(nameNode!, MappingContext.Child(path, "dist"),
                $"unknown distribution {nameNode!.Describe()}{hint}; use one of {string.Join(", ", Parameters.Keys)}");
            return new ConstantDistribution(Placeholder.Number);
        }
        var reader = new MapReader(mapping, path, context, ["dist", .. parameters]);
        var values = new double[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            values[i] = Parameter(reader, parameters[i], name);
        }
        return name switch
        {
            "normal" => new NormalDistribution(values[0], values[1]),
            "lognormal" => new LogNormalDistribution(values[0], values[1]),
            "triangular" => new TriangularDistribution(values[0], values[1], values[2]),
            "pert" => new PertDistribution(values[0], values[1], values[2]),
            "uniform" => new UniformDistribution(values[0], values[1]),
            "poisson" => new PoissonDistribution(values[0]),
            _ => new BernoulliDistribution(values[0]),
        };
    }

    private static double Parameter(MapReader reader, string key, string distribution)
    {
        if (reader.Get(key) is null)
        {
            reader.Context.Error(reader.Node, reader.PathOf(key), $"missing parameter `{key}` for a {distribution} distribution");
            return Placeholder.Number;
        }
        return reader.Number(key)!.Value;
    }
}
