<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>ActivationsError</name>
    <message>
      <source>forward</source>
      <translation>前向</translation>
    </message>
    <message>
      <source>central</source>
      <translation>中心</translation>
    </message>
    <message>
      <source>forward difference</source>
      <translation>前向差分</translation>
    </message>
    <message>
      <source>central difference</source>
      <translation>中心差分</translation>
    </message>
    <message>
      <source>Numerical differentiation (Chapter 4.3)</source>
      <translation>数值微分（第 4.3 节）</translation>
    </message>
    <message>
      <source>Show the numerical derivative</source>
      <translation>显示数值微分的结果</translation>
    </message>
    <message>
      <source>Forward: (f(x+h) − f(x)) / h</source>
      <translation>前向差分：(f(x+h) − f(x)) / h</translation>
    </message>
    <message>
      <source>Central: (f(x+h) − f(x−h)) / 2h</source>
      <translation>中心差分：(f(x+h) − f(x−h)) / 2h</translation>
    </message>
    <message>
      <source>error |numerical − formula|</source>
      <translation>误差 |数值 − 公式|</translation>
    </message>
    <message>
      <source>← rounding error (h too small)</source>
      <translation>← 舍入误差（h 太小）</translation>
    </message>
    <message>
      <source>← rounding</source>
      <translation>← 舍入误差</translation>
    </message>
    <message>
      <source>truncation error (h too large) →</source>
      <translation>截断误差（h 太大）→</translation>
    </message>
    <message>
      <source>truncation →</source>
      <translation>截断误差 →</translation>
    </message>
    <message>
      <source>Error of the numerical derivative at x = {0:.2f}</source>
      <translation>x = {0:.2f} 处数值微分的误差</translation>
    </message>
    <message>
      <source>Step size h = {0}  (the book uses 1e-4)</source>
      <translation>微小值 h = {0}（书中用 1e-4）</translation>
    </message>
    <message>
      <source>f is a straight line around x, so the {0} has no truncation error while x ± h stays clear of a corner: only rounding error is left.</source>
      <translation>f 在 x 附近是一条直线，只要 x ± h 不碰到拐角，{0}就没有截断误差：只剩下舍入误差。</translation>
    </message>
    <message>
      <source>Smallest error of the {0} here at h ≈ {1}.</source>
      <translation>这里{0}的误差在 h ≈ {1} 时最小。</translation>
    </message>
    <message>
      <source>No derivative at this x, so no error to measure.</source>
      <translation>这个 x 处没有导数，无法衡量误差。</translation>
    </message>
  </context>
</TS>