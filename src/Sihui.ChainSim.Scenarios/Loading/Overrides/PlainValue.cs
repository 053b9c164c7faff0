using Sihui.ChainSim.Scenarios.Loading.Reading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Sihui.ChainSim.Scenarios.Loading.Overrides;

/// <summary>
/// An override value is written out in full: a scalar, or a flow value such as <c>{dist: normal, mean: 0, sd: 0.02}</c>,
/// with no YAML anchors (<c>&amp;a</c>) or aliases (<c>*a</c>). Aliases let a few hundred bytes expand to millions of
/// nodes, so they are refused before any tree is built.
/// </summary>
internal static class PlainValue
{
    /// <summary>The first anchor or alias in <paramref name="text"/>, or null; syntax errors are left to the tree reader.</summary>
    public static string? Problem(string text)
    {
        var parser = new GuardedParser(new Parser(new StringReader(text)));
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case AnchorAlias alias:
                        return $"a value may not use YAML aliases (*{alias.Value}); write the value out in full";
                    case NodeEvent node when !node.Anchor.IsEmpty:
                        return $"a value may not use YAML anchors (&{node.Anchor}); write the value out in full";
                }
            }
        }
        catch (YamlException)
        {
            // Reported, with its position, when the tree is read.
        }
        return null;
    }
}
