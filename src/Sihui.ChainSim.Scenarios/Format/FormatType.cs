using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>
/// The format of one definition record, read once from its properties and attributes: keys in declaration order,
/// which are required, and each key's kind. The loader and the schema generator both work from it.
/// </summary>
public sealed class FormatType
{
    private static readonly ConcurrentDictionary<Type, FormatType> Cache = new();

    private FormatType(Type type)
    {
        Type = type;
        Constructor = type.GetConstructors().Where(c => !IsCopy(c, type)).MaxBy(c => c.GetParameters().Length)!;
        var positional = Constructor.GetParameters().Select(p => p.Name!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // A positional parameter with a default (`double MeanReversion = 0`) is an optional key.
        var optional = Constructor.GetParameters().Where(p => p.HasDefaultValue).Select(p => p.Name!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        IsPositional = positional.Count > 0;
        Members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => (p.SetMethod is not null || positional.Contains(p.Name)) && !p.IsDefined(typeof(NotInFileAttribute)))
            .OrderBy(p => p.MetadataToken)
            .Select(p => Member(p, positional.Contains(p.Name) && !optional.Contains(p.Name)))
            .ToList();
        Keys = Members.SelectMany(m => m.Kind == MemberKind.Flattened ? Of(m.ItemType!).Keys : [m.Key]).ToList();
        OneOf = type.GetCustomAttribute<ExactlyOneOfAttribute>();
        Description = type.GetCustomAttribute<DescriptionAttribute>()?.Description;
    }

    public Type Type { get; }
    public IReadOnlyList<FormatMember> Members { get; }

    /// <summary>Every key allowed in the record's mapping, flattened records' keys included.</summary>
    public IReadOnlyList<string> Keys { get; }
    public ExactlyOneOfAttribute? OneOf { get; }
    public string? Description { get; }

    /// <summary>True for a positional record such as <see cref="LinkageDefinition"/>: built through its constructor.</summary>
    public bool IsPositional { get; }
    public ConstructorInfo Constructor { get; }

    public static FormatType Of(Type type) => Cache.GetOrAdd(type, t => new FormatType(t));

    public static FormatType Of<T>() => Of(typeof(T));

    /// <summary>A fresh instance holding the record's defaults (its property initializers).</summary>
    public object Defaults() => Activator.CreateInstance(Type)!;

    /// <summary>"LandMuPerInvestment" → "land_mu_per_investment".</summary>
    public static string SnakeCase(string name)
    {
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }

    private static FormatMember Member(PropertyInfo p, bool requiredPositional)
    {
        var key = p.GetCustomAttribute<KeyAttribute>()?.Name ?? SnakeCase(p.Name);
        var required = requiredPositional || p.IsDefined(typeof(RequiredMemberAttribute));
        var type = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
        var (kind, item) = KindOf(p, type);
        return new FormatMember(p, key, kind, required) { ItemType = item };
    }

    private static (MemberKind, Type?) KindOf(PropertyInfo p, Type type)
    {
        if (p.IsDefined(typeof(FlattenAttribute)))
        {
            return (MemberKind.Flattened, type);
        }
        if (p.IsDefined(typeof(VariantMapAttribute)))
        {
            return (MemberKind.Variants, null);
        }
        if (p.IsDefined(typeof(NameMapAttribute)))
        {
            return (MemberKind.NameMap, type.GetGenericArguments()[0]);
        }
        return type switch
        {
            _ when type == typeof(string) => (MemberKind.Text, null),
            _ when type == typeof(double) => (MemberKind.Number, null),
            _ when type == typeof(bool) => (MemberKind.Flag, null),
            _ when type == typeof(int) || type == typeof(ulong) => (MemberKind.Integer, null),
            _ when type.IsEnum => (MemberKind.Enum, type),
            _ when type == typeof(Distribution) => (MemberKind.Distribution, null),
            _ when type == typeof(IReadOnlyDictionary<int, double>) => (MemberKind.YearMap, null),
            _ when type == typeof(IReadOnlyList<double>) => (MemberKind.NumberList, null),
            _ when type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) => (MemberKind.RecordList, type.GetGenericArguments()[0]),
            _ when IsNameKeyed(type) => (MemberKind.RecordMap, type.GetGenericArguments()[1]),
            _ when type.IsClass => (MemberKind.Record, type),
            _ => throw new NotSupportedException($"{p.DeclaringType?.Name}.{p.Name}: no scenario format for {type.Name}"),
        };
    }

    /// <summary>A mapping of name to record, such as <c>seasonality: {total_output: {shares: [...]}}</c>.</summary>
    private static bool IsNameKeyed(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)
        && type.GetGenericArguments()[0] == typeof(string) && type.GetGenericArguments()[1].IsClass;

    private static bool IsCopy(ConstructorInfo c, Type type) => c.GetParameters() is [{ } only] && only.ParameterType == type;
}
