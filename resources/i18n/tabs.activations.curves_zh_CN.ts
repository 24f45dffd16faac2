<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>ActivationsCurves</name>
    <message>
      <source>The point x on the curve</source>
      <translation>曲线上的点 x</translation>
    </message>
    <message>
      <source>x (or drag the red point):</source>
      <translation>x（或拖动红点）：</translation>
    </message>
    <message>
      <source>f′(x), formula:</source>
      <translation>f′(x)，公式：</translation>
    </message>
    <message>
      <source>Tangent slope:</source>
      <translation>切线斜率：</translation>
    </message>
    <message>
      <source>error</source>
      <translation>误差</translation>
    </message>
    <message>
      <source>Forward difference:</source>
      <translation>前向差分：</translation>
    </message>
    <message>
      <source>Central difference:</source>
      <translation>中心差分：</translation>
    </message>
    <message>
      <source>The book's tangent_line(f, x): central difference with h = 1e-4</source>
      <translation>书中的 tangent_line(f, x)：使用 h = 1e-4 的中心差分</translation>
    </message>
    <message>
      <source>tangent line</source>
      <translation>切线</translation>
    </message>
    <message>
      <source>secant ({0})</source>
      <translation>割线（{0}）</translation>
    </message>
    <message>
      <source>numerical ({0})&lt;br&gt;h = {1}</source>
      <translation>数值微分（{0}）&lt;br&gt;h = {1}</translation>
    </message>
    <message>
      <source>not differentiable at x = 0</source>
      <translation>在 x = 0 处不可导</translation>
    </message>
    <message>
      <source>Derivative:  {0}</source>
      <translation>导数：{0}</translation>
    </message>
    <message>
      <source>formula</source>
      <translation>公式</translation>
    </message>
    <message>
      <source>no derivative at x = 0</source>
      <translation>x = 0 处没有导数</translation>
    </message>
    <message>
      <source>saturated:
f′(x) ≈ 0</source>
      <translation>饱和：
f′(x) ≈ 0</translation>
    </message>
    <message>
      <source>undefined (corner)</source>
      <translation>不存在（拐角）</translation>
    </message>
    <message>
      <source>0 (exact)</source>
      <translation>0（精确）</translation>
    </message>
    <message>
      <source>Saturated: f′(x) = {0:.4f}. The gradient passed back through this neuron is almost 0.</source>
      <translation>饱和：f′(x) = {0:.4f}。经过这个神经元向后传递的梯度几乎为 0。</translation>
    </message>
  </context>
</TS>