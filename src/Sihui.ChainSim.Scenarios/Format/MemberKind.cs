namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>The kinds of value a scenario key may hold; each has one reader and one schema shape.</summary>
public enum MemberKind
{
    Text,
    Number,
    Flag,
    Integer,
    Enum,
    Distribution,
    YearMap,
    NameMap,
    NumberList,
    Record,
    RecordList,
    RecordMap,
    Flattened,
    Variants,
}
