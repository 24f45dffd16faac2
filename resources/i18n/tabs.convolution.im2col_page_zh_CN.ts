<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Im2colPage</name>
    <message>
      <source>im2col (7.4.3) copies every window into one row of a matrix. With the filter unrolled into a column, the whole convolution is one matrix product; reshaping its result gives the output map. The highlighted row is the current window.</source>
      <translation>im2col（7.4.3）把每个窗口展开为矩阵的一行。把滤波器展开为一列后，整个卷积运算就是一次矩阵乘积；把结果变形（reshape）即得到输出特征图。高亮的行就是当前窗口。</translation>
    </message>
    <message>
      <source>Time loops vs im2col</source>
      <translation>计时：循环 vs im2col</translation>
    </message>
    <message>
      <source>input, padded: {0}×{1}</source>
      <translation>输入（填充后）：{0}×{1}</translation>
    </message>
    <message>
      <source>col: {0} windows × {1} pixels</source>
      <translation>col：{0} 个窗口 × {1} 个像素</translation>
    </message>
    <message>
      <source>W: {0}×1</source>
      <translation>W：{0}×1</translation>
    </message>
    <message>
      <source>col @ W + b: {0}×1</source>
      <translation>col @ W + b：{0}×1</translation>
    </message>
    <message>
      <source>(no weights)</source>
      <translation>（没有权重）</translation>
    </message>
    <message>
      <source>max of each row: {0}×1</source>
      <translation>每行的最大值：{0}×1</translation>
    </message>
    <message>
      <source>mean of each row: {0}×1</source>
      <translation>每行的平均值：{0}×1</translation>
    </message>
    <message>
      <source>reshaped: {0}×{1}</source>
      <translation>变形后：{0}×{1}</translation>
    </message>
    <message>
      <source>Timing compares convolutions: choose Convolution.</source>
      <translation>计时比较的是卷积运算：请选择“卷积运算”。</translation>
    </message>
    <message>
      <source>Loops over {0} windows: {1:.3f} ms. im2col + one matrix product: {2:.3f} ms.</source>
      <translation>对 {0} 个窗口循环：{1:.3f} ms。im2col + 一次矩阵乘积：{2:.3f} ms。</translation>
    </message>
    <message>
      <source>im2col is {0:.1f}× as fast here.</source>
      <translation>这里 im2col 快 {0:.1f} 倍。</translation>
    </message>
    <message>
      <source>On an input this small the loops win: im2col's copying costs more than {0} steps. Try an MNIST digit.</source>
      <translation>输入这么小时循环更快：im2col 复制数据的开销比 {0} 步循环还多。试试 MNIST 数字。</translation>
    </message>
  </context>
</TS>