using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace LandPlatform.Testing.Policies;

/// <summary>
/// The style guide's rule for a clause a service returns: it quotes the document itself, 《title》 and then the
/// article, never a file of this repository. Every service's specs hold their packs and rule constants to it, so
/// the titles live here once: a document spelled two ways in two services fails here rather than in a clerk's hands.
/// </summary>
public static partial class Citation
{
    /// <summary>The documents a clause may cite, each under its own title (the seeds' first lines, RULES.md §0).</summary>
    public static IReadOnlySet<string> Documents { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        // Seed 000 has no title line; this is the platform's name for it (PolicyPackRegistry), as every service uses it.
        "石景山区高精尖产业项目用地试点方案（中关村石景山园）",
        "北京市工业用地先租后让指导意见（试行）",
        "关于支持新型产业用地高效复合利用办法（2023年修订稿）（征求意见稿）",
        "石龙产业集聚区用地提质增效行动方案",
        "平顶山市石龙区人民政府办公室关于印发产业集聚区用地提质增效行动方案的通知",
        "西湖区创新型产业用地管理实施细则（试行）",
        "杭州市人民政府办公厅关于进一步规范全市创新型产业用地管理的意见",
        "中华人民共和国城镇国有土地使用权出让和转让暂行条例",
        "闲置土地处置办法",
        "全国工业用地出让最低价标准",
        "关于调整工业用地出让最低价标准实施政策的通知",
        "国有建设用地使用权出让合同（示范文本）",
        "中华人民共和国城市房地产管理法",
        "中华人民共和国企业所得税法",
        "国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见",
        "关于进一步完善信用修复制度的实施方案",

        // The parties' own agreement: what monitoring's national default (no local document) assesses against.
        "履约监管协议",
    };

    /// <summary>Names the documents' own articles quote (annexes, forms, contracts, catalogues): not cited on their own.</summary>
    public static IReadOnlySet<string> NamedInArticles { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "西湖区标准地投资建设合同",
        "西湖区创新型产业用地投资建设标准",
        "标准地投资建设合同",
        "挂牌出让竞买资格遴选论证意见表",
        "杭州市创新型产业分类指导目录",
        "土地出让（租赁）合同",
        "国有建设用地使用权出让合同",
        "国有建设用地使用权租赁合同",
        "国民经济行业分类",
    };

    /// <summary>A document's number stands only in brackets after its title, never alone.</summary>
    private static readonly Dictionary<string, string> TitleOfNumber = new(StringComparer.Ordinal)
    {
        ["国办发〔2020〕49号"] = "国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见",
        ["国办发〔2025〕22号"] = "关于进一步完善信用修复制度的实施方案",
        ["国土资源部令第53号"] = "闲置土地处置办法",
        ["国土资发〔2006〕307号"] = "全国工业用地出让最低价标准",
        ["国土资发〔2009〕56号"] = "关于调整工业用地出让最低价标准实施政策的通知",
        ["杭政办〔2019〕2号"] = "杭州市人民政府办公厅关于进一步规范全市创新型产业用地管理的意见",
        ["平龙政办〔2021〕36号"] = "平顶山市石龙区人民政府办公室关于印发产业集聚区用地提质增效行动方案的通知",
        ["GF—2008—2601"] = "国有建设用地使用权出让合同（示范文本）",
    };

    /// <summary>
    /// Fails unless the clause cites a known document by its title and goes on to the article's text, names every
    /// document by that one title (never bare, never another spelling) and never points into this repository.
    /// </summary>
    public static void AssertNamesItsDocument(string? clause, string where)
    {
        Assert.False(string.IsNullOrWhiteSpace(clause), $"{where}: the clause is empty");
        foreach (var repositoryWord in new[] { "seed", "RULES.md", "种子", ".json" })
        {
            Assert.False(clause.Contains(repositoryWord, StringComparison.OrdinalIgnoreCase), $"{where}: '{clause}' points into the repository ({repositoryWord})");
        }

        var titles = Title().Matches(clause);
        foreach (Match title in titles)
        {
            var name = title.Groups["name"].Value;
            Assert.True(Documents.Contains(name) || NamedInArticles.Contains(name), $"{where}: '{clause}' names 《{name}》, which is not a title the platform cites (another spelling?)");
        }

        Assert.True(
            titles.Any(t => Documents.Contains(t.Groups["name"].Value) && t.Groups["article"].Success),
            $"{where}: '{clause}' does not cite a document as 《title》 followed by its article");
        foreach (var document in Documents.Where(d => d != "履约监管协议"))
        {
            Assert.True(Count(clause, document) == Count(clause, $"《{document}》"), $"{where}: '{clause}' names {document} without its 《》");
        }

        foreach (var (number, document) in TitleOfNumber)
        {
            Assert.True(Count(clause, number) == Count(clause, $"《{document}》（{number}）"), $"{where}: '{clause}' gives {number} without its title 《{document}》");
        }
    }

    /// <summary>
    /// Holds a service's packs to <see cref="AssertNamesItsDocument"/> twice: as its own catalog loaded them (what it
    /// serves), and as the files ship under <paramref name="resourcePrefix"/>, so a clause a catalog reads but does
    /// not serve (an effective period) is held to the same rule.
    /// </summary>
    public static void AssertEveryPackClauseNamesItsDocument(
        IEnumerable<(string Pack, object Loaded)> packs, Assembly shippedIn, string resourcePrefix, params string[] alsoNamed)
    {
        var served = packs.SelectMany(p => ClausesIn(p.Loaded, alsoNamed).Select(c => (p.Pack, Clause: c))).ToList();
        Assert.NotEmpty(served);
        Assert.All(served, s => AssertNamesItsDocument(s.Clause, s.Pack));

        var files = EmbeddedFiles(shippedIn, resourcePrefix);
        Assert.NotEmpty(files);
        foreach (var (file, json) in files)
        {
            Assert.All(ClausesInJson(json, alsoNamed), c => AssertNamesItsDocument(c, file));
        }
    }

    /// <summary>
    /// Holds the clauses <paramref name="assembly"/>'s rules write in code to <see cref="AssertNamesItsDocument"/>;
    /// <paramref name="oneRuleThatCites"/> proves the search reaches them.
    /// </summary>
    public static void AssertEveryRuleClauseNamesItsDocument(Assembly assembly, string oneRuleThatCites)
    {
        var rules = RuleClauses(assembly);
        Assert.Contains(rules, r => r.Rule == oneRuleThatCites);
        Assert.All(rules, r => AssertNamesItsDocument(r.Clause, r.Rule));
    }

    /// <summary>
    /// Every clause a loaded pack carries: the strings of properties named …Clause (and of <paramref name="alsoNamed"/>),
    /// found by walking the pack's records, lists and dictionaries, so a clause added to a pack is checked without a
    /// list here to keep up.
    /// </summary>
    public static IReadOnlyList<string> ClausesIn(object pack, params string[] alsoNamed)
    {
        var found = new List<string>();
        Walk(pack, found, alsoNamed, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return found;
    }

    /// <summary>Every clause a pack file holds: the string values of keys named …clause (and of <paramref name="alsoNamed"/>).</summary>
    public static IReadOnlyList<string> ClausesInJson(string json, params string[] alsoNamed)
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        using var document = JsonDocument.Parse(json, options);
        var found = new List<string>();
        WalkJson(document.RootElement, isClause: false, found, alsoNamed);
        return found;
    }

    /// <summary>The files embedded in <paramref name="assembly"/> under <paramref name="prefix"/>, by resource name.</summary>
    public static IReadOnlyList<(string Name, string Json)> EmbeddedFiles(Assembly assembly, string prefix) =>
        [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return (n, reader.ReadToEnd());
            })];

    /// <summary>
    /// The clauses business rules of <paramref name="assembly"/> write in code: each rule type's Clause read from an
    /// instance no constructor ran for, so a rule that cites a constant shows it and one that passes a pack's clause
    /// on (a parameter, or state it needs) shows nothing.
    /// </summary>
    public static IReadOnlyList<(string Rule, string Clause)> RuleClauses(Assembly assembly)
    {
        var found = new List<(string, string)>();
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            if (type.GetInterface("LandPlatform.SeedWork.IBusinessRule")?.GetProperty("Clause") is not { } property)
            {
                continue;
            }

            string? clause;
            try
            {
                clause = property.GetValue(RuntimeHelpers.GetUninitializedObject(type)) as string;
            }
            catch (TargetInvocationException)
            {
                continue;
            }

            if (clause is not null)
            {
                found.Add((type.Name, clause));
            }
        }

        return found;
    }

    private static void Walk(object? value, List<string> found, string[] alsoNamed, HashSet<object> seen)
    {
        if (value is null or string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        if (value is IDictionary dictionary)
        {
            foreach (var item in dictionary.Values)
            {
                Walk(item, found, alsoNamed, seen);
            }

            return;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                Walk(item, found, alsoNamed, seen);
            }

            return;
        }

        if (value.GetType().Namespace?.StartsWith("LandPlatform", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var child = property.GetValue(value);
            if (IsClauseName(property.Name, alsoNamed))
            {
                found.AddRange(Strings(child));
            }
            else
            {
                Walk(child, found, alsoNamed, seen);
            }
        }
    }

    private static IEnumerable<string> Strings(object? value) => value switch
    {
        string s => [s],
        IDictionary d => d.Values.OfType<string>(),
        IEnumerable e => e.OfType<string>(),
        _ => [],
    };

    private static void WalkJson(JsonElement element, bool isClause, List<string> found, string[] alsoNamed)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    WalkJson(property.Value, isClause || IsClauseName(property.Name, alsoNamed), found, alsoNamed);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    WalkJson(item, isClause, found, alsoNamed);
                }

                break;
            case JsonValueKind.String when isClause:
                found.Add(element.GetString()!);
                break;
        }
    }

    private static bool IsClauseName(string name, string[] alsoNamed) =>
        name.EndsWith("clause", StringComparison.OrdinalIgnoreCase) || alsoNamed.Contains(name, StringComparer.OrdinalIgnoreCase);

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    // 《name》, an optional document number in brackets, then the article (anything but the next clause's separator).
    [GeneratedRegex(@"《(?<name>[^《》]+)》(?:（[^（）]*(?:号|GF[^）]*)）)?(?<article>[^；《\s]|\s+[^；《\s])?")]
    private static partial Regex Title();
}
