<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>GradientCheckPanel</name>
    <message>
      <source>Gradient check (5.7.3)</source>
      <translation>梯度确认（5.7.3）</translation>
    </message>
    <message>
      <source>Weight</source>
      <translation>参数</translation>
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
      <source>All differences are below 1e-7: backpropagation is right.</source>
      <translation>所有差都小于 1e-7：反向传播的实现是正确的。</translation>
    </message>
    <message>
      <source>A difference is above 1e-7: an input of ReLU is probably too close to 0 for the numerical gradient.</source>
      <translation>有的差超过了 1e-7：可能是某个 ReLU 的输入太接近 0，数值微分在那里不准确。</translation>
    </message>
    <message>
      <source>numerical_gradient nudges each weight by ±1e-4 and measures the loss; backprop gets all of them in one backward pass.</source>
      <translation>numerical_gradient 把每个参数分别加减 1e-4 再计算损失；反向传播只需一次反向计算就得到全部梯度。</translation>
    </message>
  </context>
  <context>
    <name>MatrixPanel</name>
    <message>
      <source>Numbers on an arrow</source>
      <translation>箭头上的数值</translation>
    </message>
    <message>
      <source>Click an arrow to see its numbers. Inputs can be edited: type in a cell.</source>
      <translation>点击箭头可查看它的数值。输入可以修改：在单元格中输入即可。</translation>
    </message>
    <message>
      <source>{0} {1}, forward value, editable:</source>
      <translation>{0} {1}，正向的值（可修改）：</translation>
    </message>
    <message>
      <source>{0} {1}, forward value:</source>
      <translation>{0} {1}，正向的值：</translation>
    </message>
    <message>
      <source>Its gradient ∂L/∂{0}:</source>
      <translation>它的梯度 ∂L/∂{0}：</translation>
    </message>
  </context>
</TS>