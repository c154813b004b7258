namespace LandPlatform.Web;

/// <summary>The portal's words: Resources/Text.resx (Chinese, the neutral language) and Text.en.resx (English).</summary>
public sealed class Text;
