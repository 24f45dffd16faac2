<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>BackpropChain</name>
    <message>
      <source>Chain rule (5.2): the gradient from the right times the local one</source>
      <translation>链式法则（5.2）：从右边传来的梯度乘以局部导数</translation>
    </message>
    <message>
      <source>Backprop</source>
      <translation>反向传播</translation>
    </message>
    <message>
      <source>Numerical</source>
      <translation>数值微分</translation>
    </message>
    <message>
      <source>|Difference|</source>
      <translation>|差|</translation>
    </message>
    <message>
      <source>Backpropagation agrees with numerical differentiation.</source>
      <translation>反向传播与数值微分的结果一致。</translation>
    </message>
    <message>
      <source>A difference is large: a kink (ReLU at 0) or a pole is too close for the numerical derivative, or a value is not defined here.</source>
      <translation>有一个差很大：ReLU 在 0 处的折点或分母为 0 的点离得太近，数值微分不准确，或者这里的值没有定义。</translation>
    </message>
    <message>
      <source>Gradient check (5.7.3): (f(x + h) − f(x − h)) / 2h with h = 1e-4</source>
      <translation>梯度确认（5.7.3）：(f(x + h) − f(x − h)) / 2h，h = 1e-4</translation>
    </message>
  </context>
</TS>