using System.ComponentModel;
using System.Reflection;

namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>One key of a record in the scenario format, as its property and attributes declare it; read once per type.</summary>
public sealed record FormatMember(PropertyInfo Property, string Key, MemberKind Kind, bool Required)
{
    /// <summary>The record or list item type for records, lists of records, flattened records and enums.</summary>
    public Type? ItemType { get; init; }
    public RangeAttribute? Range { get; } = Property.GetCustomAttribute<RangeAttribute>();
    public bool IsId { get; } = Property.IsDefined(typeof(IdPatternAttribute));
    public string? DefaultFrom { get; } = Property.GetCustomAttribute<DefaultFromAttribute>()?.Key;
    public string? NotEmpty { get; } = Property.GetCustomAttribute<NotEmptyAttribute>()?.Item;
    public ExactLengthAttribute? ExactLength { get; } = Property.GetCustomAttribute<ExactLengthAttribute>();
    public string? SchemaPattern { get; } = Property.GetCustomAttribute<SchemaPatternAttribute>()?.Pattern;
    public string? Description { get; } = Property.GetCustomAttribute<DescriptionAttribute>()?.Description;

    /// <summary>The default of an optional key whose absence the record must see (a nullable property), for the schema.</summary>
    public object? DeclaredDefault { get; } = Property.GetCustomAttribute<DefaultValueAttribute>()?.Value;

    /// <summary>A DIST drawn once a year that may carry `persistence`.</summary>
    public bool YearlyDraw { get; } = Property.IsDefined(typeof(YearlyDrawAttribute));

    /// <summary>Required in the file: a required member without a default from another key.</summary>
    public bool RequiredKey => Required && DefaultFrom is null;

    /// <summary>What range messages call the value.</summary>
    public string What => Range?.What ?? Key;
}
