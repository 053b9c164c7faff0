using Sihui.ChainSim.Scenarios.Loading.Reading;
using Sihui.ChainSim.Scenarios.Loading.Tree;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Sihui.ChainSim.Scenarios.Loading.Overrides;

/// <summary>
/// An override value is written out in full: a scalar, or a flow value such as <c>{dist: normal, mean: 0, sd: 0.02}</c>,
/// with no YAML anchors (<c>&amp;a</c>) or aliases (<c>*a</c>). Aliases let a few hundred bytes expand to millions of
/// nodes, so the value's events are scanned, and refused, before any tree is built.
/// </summary>
internal static class PlainValue
{
    /// <summary>True when the value may be read into a tree; otherwise the reason is in <paramref name="errors"/>.</summary>
    public static bool Check(string text, string file, ErrorList errors)
    {
        var parser = new GuardedParser(new Parser(new StringReader(text)));
        try
        {
            while (parser.MoveNext())
            {
                var problem = parser.Current switch
                {
                    AnchorAlias alias => $"a value may not use YAML aliases (*{alias.Value}); write the value out in full",
                    NodeEvent { Anchor.IsEmpty: false } node => $"a value may not use YAML anchors (&{node.Anchor}); write the value out in full",
                    _ => null,
                };
                if (problem is not null)
                {
                    errors.Add(At(file, parser.Current!.Start), "", problem);
                    return false;
                }
            }
            return true;
        }
        catch (YamlException e)
        {
            // Reported here, so the tree reader never expands what came before the error.
            var message = e.Message.StartsWith("(Line", StringComparison.Ordinal) && e.Message.IndexOf("): ", StringComparison.Ordinal) is var at and >= 0
                ? e.Message[(at + 3)..] : e.Message;
            errors.Add(At(file, e.Start), "", "YAML syntax error: " + message);
            return false;
        }
    }

    private static SourceMark At(string file, Mark mark) => new(file, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));
}
