using System.Net;
using System.Text;
using LandPlatform.DevTokenIssuer.Users;

namespace LandPlatform.DevTokenIssuer.Authorization;

/// <summary>
/// The development issuer's sign-in page: Chinese first with English beside it, labelled fields, the error as a
/// sentence next to the field it concerns, and the seeded users listed (local runs only; password <c>dev</c>).
/// </summary>
internal static class LoginPage
{
    private const string Style = """
        body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;background:#f3f5f8;color:#1b1f24}
        main{max-width:720px;margin:2rem auto;background:#fff;padding:1.5rem 2rem;border:1px solid #c9d1db;border-radius:6px}
        h1{font-size:1.4rem;margin-top:0}label{display:block;font-weight:600;margin-top:1rem}
        input{font-size:1rem;padding:.45rem;width:18rem;border:1px solid #6b7785;border-radius:4px}
        input:focus,button:focus{outline:3px solid #0b5cad;outline-offset:1px}
        button{margin-top:1.2rem;font-size:1rem;padding:.5rem 1.6rem;background:#0b5cad;color:#fff;border:0;border-radius:4px;cursor:pointer}
        .error{color:#a4000f;margin:.3rem 0 0}.hint{color:#4a5561;font-size:.9rem}
        table{border-collapse:collapse;margin-top:1rem;font-size:.85rem}th,td{border:1px solid #c9d1db;padding:.2rem .5rem;text-align:left}
        """;

    public static IResult Form(AuthorizationRequest request, IReadOnlyList<DevUser> users, string? username, string? error)
    {
        var html = new StringBuilder();
        html.Append("<h1>土地全生命周期管理平台 · 登录 <span lang=\"en\">Sign in</span></h1>");
        html.Append("<p class=\"hint\">开发环境身份认证（仅限本地运行）。<span lang=\"en\">Development identity provider, local runs only.</span></p>");
        html.Append($"<form method=\"post\" action=\"{AuthorizeEndpoint.Path}\">");
        foreach (var (key, value) in request.Values().Where(v => v.Value is not null))
        {
            html.Append($"<input type=\"hidden\" name=\"{key}\" value=\"{Encode(value)}\">");
        }

        var invalid = error is null ? string.Empty : " aria-invalid=\"true\" aria-describedby=\"login-error\"";
        html.Append($"<label for=\"username\">用户名 <span lang=\"en\">User name</span></label>");
        html.Append($"<input id=\"username\" name=\"username\" autocomplete=\"username\" list=\"seeded-users\" required value=\"{Encode(username)}\"{invalid}>");
        html.Append("<datalist id=\"seeded-users\">");
        foreach (var user in users)
        {
            html.Append($"<option value=\"{Encode(user.Subject)}\">{Encode(user.Name)}</option>");
        }

        html.Append("</datalist>");
        html.Append($"<label for=\"password\">密码 <span lang=\"en\">Password</span></label>");
        html.Append($"<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\"{invalid}>");
        if (error is not null)
        {
            html.Append($"<p id=\"login-error\" class=\"error\" role=\"alert\">{Encode(error)}</p>");
        }

        html.Append("<div><button type=\"submit\">登录 <span lang=\"en\">Sign in</span></button></div></form>");
        html.Append("<table><caption>种子用户（密码 dev）<span lang=\"en\">Seeded users (password dev)</span></caption>");
        html.Append("<thead><tr><th scope=\"col\">用户名</th><th scope=\"col\">姓名</th></tr></thead><tbody>");
        foreach (var user in users)
        {
            html.Append($"<tr><td>{Encode(user.Subject)}</td><td>{Encode(user.Name)}</td></tr>");
        }

        html.Append("</tbody></table>");
        return Page("登录 · Sign in", html.ToString(), StatusCodes.Status200OK);
    }

    public static IResult Refusal(string message) =>
        Page("无法登录 · Cannot sign in", $"<h1>无法登录 <span lang=\"en\">Cannot sign in</span></h1><p class=\"error\" role=\"alert\">{Encode(message)}</p>",
            StatusCodes.Status400BadRequest);

    public static IResult SignedOut() =>
        Page("已退出 · Signed out", "<h1>您已退出登录 <span lang=\"en\">You are signed out</span></h1>", StatusCodes.Status200OK);

    private static IResult Page(string title, string body, int status) => TypedResults.Content(
        $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">" +
        $"<title>{Encode(title)}</title><style>{Style}</style></head><body><main>{body}</main></body></html>",
        "text/html; charset=utf-8", Encoding.UTF8, status);

    private static string Encode(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);
}
