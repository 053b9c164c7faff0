using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Format;
using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Scenarios.Loading.Mapping;

/// <summary>One handler per kind of value: reads a member's key and queues its range checks.</summary>
internal static class MemberReader
{
    public static (bool Present, object? Value) Read(FormatMember m, MapReader r) => m.Kind switch
    {
        MemberKind.Text => Text(m, r),
        MemberKind.Number => Checked(m, r, r.Number(m.Key, m.RequiredKey)),
        MemberKind.Flag => Present(r.Flag(m.Key, m.RequiredKey)),
        MemberKind.Integer => Integer(m, r),
        MemberKind.Enum => Enum(m, r),
        MemberKind.Distribution => Present(r.Distribution(m.Key, m.RequiredKey, m.YearlyDraw)),
        MemberKind.YearMap => YearMap(m, r),
        MemberKind.NameMap => NameMap(m, r),
        MemberKind.NumberList => NumberList(m, r),
        MemberKind.Record => r.Get(m.Key, m.RequiredKey) is { } node ? Present(RecordReader.Read(m.ItemType!, node, r.PathOf(m.Key), r.Context)) : default,
        MemberKind.RecordList => RecordList(m, r),
        MemberKind.RecordMap => RecordMap(m, r),
        MemberKind.Variants => (true, VariantMapper.Variants(r).Select(v => v.Definition).ToList()),
        _ => throw new NotSupportedException(m.Kind.ToString()),
    };

    private static (bool, object?) Present(object? value) => (value is not null, value);

    private static (bool, object?) Text(FormatMember m, MapReader r)
    {
        var text = r.String(m.Key, m.RequiredKey);
        if (text is not null && m.IsId)
        {
            RecordReader.CheckId(r, m.Key, text);
        }
        return Present(text);
    }

    private static (bool, object?) Checked(FormatMember m, MapReader r, double? value)
    {
        Check(m, r, r.PathOf(m.Key), value);
        return Present(value);
    }

    private static void Check(FormatMember m, MapReader r, string path, double? value)
    {
        if (m.Range is { } range && value is { } number)
        {
            r.Context.Later(v => v.Range(path, number, range, m.What));
        }
    }

    private static (bool, object?) Integer(FormatMember m, MapReader r)
    {
        var value = r.Integer(m.Key, m.RequiredKey);
        if (value is null || (value == Placeholder.Integer && !m.RequiredKey))
        {
            return default;
        }
        if (value != Placeholder.Integer)
        {
            Check(m, r, r.PathOf(m.Key), value);
        }
        if (m.Property.PropertyType != typeof(ulong))
        {
            return (true, value.Value);
        }
        return value >= 0 ? (true, (ulong)value.Value) : default;
    }

    private static (bool, object?) Enum(FormatMember m, MapReader r)
    {
        var text = r.String(m.Key);
        if (text is null)
        {
            return default;
        }
        var names = System.Enum.GetNames(m.ItemType!).Select(FormatType.SnakeCase).ToList();
        var index = names.IndexOf(text);
        if (index >= 0)
        {
            return (true, System.Enum.GetValues(m.ItemType!).GetValue(index));
        }
        if (text.Length > 0)
        {
            r.Context.Error(r.Get(m.Key)!, r.PathOf(m.Key),
                $"unknown {m.Key} '{text}'{Suggest.Hint(text, names, '\'')}; use one of {string.Join(", ", names)}");
        }
        return default;
    }

    private static (bool, object?) YearMap(FormatMember m, MapReader r)
    {
        var map = r.YearMap(m.Key);
        foreach (var (year, amount) in map)
        {
            Check(m, r, $"{r.PathOf(m.Key)}.{year}", amount);
        }
        return (r.Get(m.Key) is not null, map);
    }

    private static (bool, object?) NameMap(FormatMember m, MapReader r)
    {
        if (r.Get(m.Key, m.RequiredKey) is null)
        {
            return (m.RequiredKey, Typed(m.ItemType!, []));
        }
        var map = r.NamedNumbers(m.Key);
        foreach (var (name, weight) in map)
        {
            Check(m, r, $"{r.PathOf(m.Key)}.{name}", weight);
        }
        return (true, Typed(m.ItemType!, map.Select(p => Activator.CreateInstance(m.ItemType!, p.Key, p.Value)).ToList()));
    }

    private static (bool, object?) NumberList(FormatMember m, MapReader r)
    {
        if (m.RequiredKey && r.Get(m.Key, required: true) is null)
        {
            return (true, Array.Empty<double>()); // reported as missing
        }
        var numbers = r.Numbers(m.Key);
        if (numbers is null)
        {
            return default;
        }
        var path = r.PathOf(m.Key);
        if (m.NotEmpty is { } item && numbers.Count == 0)
        {
            r.Context.Later(v => v.Fail(path, $"{m.Key} needs at least one {item}"));
        }
        if (m.ExactLength is { } exact && numbers.Count != exact.Length)
        {
            r.Context.Later(v => v.Fail(path, exact.Message(m.Key, numbers.Count)));
        }
        for (var i = 0; i < numbers.Count; i++)
        {
            Check(m, r, MappingContext.Item(path, i), numbers[i]);
        }
        return (true, numbers);
    }

    private static (bool, object?) RecordList(FormatMember m, MapReader r)
    {
        var items = r.List(m.Key, m.RequiredKey);
        var path = r.PathOf(m.Key);
        var records = new List<object?>();
        for (var i = 0; i < items.Count; i++)
        {
            if (RecordReader.Read(m.ItemType!, items[i], MappingContext.Item(path, i), r.Context) is { } record)
            {
                records.Add(record);
            }
        }
        return (r.Get(m.Key) is not null, Typed(m.ItemType!, records));
    }

    /// <summary>A mapping of name to record, as a Dictionary&lt;string, T&gt; in file order.</summary>
    private static (bool, object?) RecordMap(FormatMember m, MapReader r)
    {
        var map = (System.Collections.IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), m.ItemType!))!;
        var node = r.Get(m.Key, m.RequiredKey);
        if (node is null)
        {
            return (m.RequiredKey, map);
        }
        if (node is not MappingNode mapping)
        {
            r.Context.Error(node, r.PathOf(m.Key), $"expected a mapping of names to {m.Key} entries, got {node.Describe()}");
            return (true, map);
        }
        foreach (var entry in mapping.Entries)
        {
            var path = MappingContext.Child(r.PathOf(m.Key), entry.Key.Value);
            r.Context.Marks.Add(path, entry.Key.Mark);
            if (RecordReader.Read(m.ItemType!, entry.Value, path, r.Context) is { } record)
            {
                map[entry.Key.Value] = record;
            }
        }
        return (true, map);
    }

    /// <summary>A T[] for an IReadOnlyList&lt;T&gt; property.</summary>
    private static Array Typed(Type item, List<object?> values)
    {
        var array = Array.CreateInstance(item, values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            array.SetValue(values[i], i);
        }
        return array;
    }
}
