using System.Globalization;

namespace LandPlatform.Web;

/// <summary>
/// Turns a service's field message (<c>"is required"</c>, <c>"must be 0–3 …"</c>) into a sentence naming the field,
/// in the page's language where the message is one the portal knows.
/// </summary>
public static class Messages
{
    public static string Sentence(string? label, string message)
    {
        var chinese = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";
        var name = label ?? string.Empty;
        if (message == "is required")
        {
            return chinese ? $"请填写{name}。" : $"{name} is required.";
        }

        var text = message.TrimEnd('.', '。');
        if (name.Length == 0)
        {
            return chinese ? $"{text}。" : $"{char.ToUpperInvariant(text[0])}{text[1..]}.";
        }

        return chinese ? $"{name}：{text}。" : $"{name} {text}.";
    }
}
