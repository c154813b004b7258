using System.Globalization;

namespace LandPlatform.Web;

/// <summary>
/// Turns a service's field message (<c>"is required"</c>, <c>"must be 0–3 …"</c>) into a sentence naming the field,
/// in the page's language where the message is one the portal knows.
/// </summary>
public static class Messages
{
    // The services' field messages a person meets most often, in Chinese (the rest are shown as the service wrote them).
    private static readonly Dictionary<string, string> Chinese = new(StringComparer.Ordinal)
    {
        ["must be a year (2025) or a quarter (2025Q3)"] = "应为年度（如 2025）或季度（如 2025Q3）",
        ["must report at least one figure"] = "请至少填写一项数据",
        ["must not be negative"] = "不能为负数",
        ["must be a whole number"] = "应为整数",
        ["is after today"] = "不能晚于今天",
        ["fixed-asset investment cannot exceed total investment"] = "固定资产投资不能超过项目总投资",
    };

    public static string Sentence(string? label, string message)
    {
        var chinese = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";
        var name = label ?? string.Empty;
        if (message == "is required")
        {
            return chinese ? $"请填写{name}。" : $"{name} is required.";
        }

        var text = (chinese && Chinese.TryGetValue(message.TrimEnd('.'), out var translated) ? translated : message).TrimEnd('.', '。');
        if (name.Length == 0)
        {
            return chinese ? $"{text}。" : $"{char.ToUpperInvariant(text[0])}{text[1..]}.";
        }

        return chinese ? $"{name}：{text}。" : $"{name} {text}.";
    }
}
