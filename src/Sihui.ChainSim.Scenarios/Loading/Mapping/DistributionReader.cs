using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Format;
using Sihui.ChainSim.Scenarios.Loading.Tree;
using Sihui.ChainSim.Scenarios.Loading.Validation;

namespace Sihui.ChainSim.Scenarios.Loading.Mapping;

/// <summary>
/// Maps a DIST node: a plain number, or a mapping with `dist:` and that distribution's parameters; a
/// <paramref name="yearly"/> draw's mapping may also set `persistence`.
/// </summary>
public static class DistributionReader
{
    public static Distribution Read(YamlNode node, string path, MappingContext context, bool yearly = false)
    {
        context.Marks.AddIfMissing(path, node.Mark);
        switch (node)
        {
            case ScalarNode when Scalars.TryNumber(node, out var constant):
                return new ConstantDistribution(constant);
            case MappingNode mapping:
                return ReadMapping(mapping, path, context, yearly);
            default:
                context.Error(node, path,
                    $"expected a number or a distribution such as {{dist: normal, mean: 0.05, sd: 0.02}}, got {node.Describe()}");
                return new ConstantDistribution(Placeholder.Number);
        }
    }

    private static Distribution ReadMapping(MappingNode mapping, string path, MappingContext context, bool yearly)
    {
        var names = string.Join(", ", DistributionKind.Names);
        var nameNode = mapping.Get("dist");
        if (Scalars.IsNull(nameNode))
        {
            context.Error(mapping, MappingContext.Child(path, "dist"), $"missing `dist`: say which distribution, one of {names}");
            return new ConstantDistribution(Placeholder.Number);
        }
        var name = (nameNode as ScalarNode)?.Value;
        if (name is null || DistributionKind.Find(name) is not { } kind)
        {
            var hint = name is null ? "" : Suggest.Hint(name, DistributionKind.Names, '\'');
            context.Error(nameNode!, MappingContext.Child(path, "dist"), $"unknown distribution {nameNode!.Describe()}{hint}; use one of {names}");
            return new ConstantDistribution(Placeholder.Number);
        }
        var persistence = DistributionKind.Persistence;
        var reader = new MapReader(mapping, path, context, ["dist", .. kind.Parameters.Select(p => p.Name), persistence.Name]);
        var values = kind.Parameters.Select(p => Parameter(reader, p, kind.Name)).ToArray();
        var distribution = kind.Make(values);
        if (yearly && reader.Get(persistence.Name) is not null)
        {
            distribution = distribution with { Persistence = Checked(reader, persistence) };
        }
        else if (!yearly && mapping.Find(persistence.Name) is { } misplaced)
        {
            context.Error(misplaced.Key, reader.PathOf(persistence.Name),
                "`persistence` applies only to a yearly draw: economy.shock, an industry's shock or an enterprise's growth");
        }
        context.Later(v => DistributionRules.Check(distribution, path, v));
        return distribution;
    }

    private static double Parameter(MapReader reader, DistributionParameter parameter, string distribution)
    {
        if (reader.Get(parameter.Name) is null)
        {
            reader.Context.Error(reader.Node, reader.PathOf(parameter.Name), $"missing parameter `{parameter.Name}` for a {distribution} distribution");
            return Placeholder.Number;
        }
        return Checked(reader, parameter);
    }

    // The parameter's number, with its range check queued for validation.
    private static double Checked(MapReader reader, DistributionParameter parameter)
    {
        var value = reader.Number(parameter.Name)!.Value;
        if (parameter.Range is { } range)
        {
            var at = reader.PathOf(parameter.Name);
            reader.Context.Later(v => v.Range(at, value, range, range.What ?? parameter.Name));
        }
        return value;
    }
}
