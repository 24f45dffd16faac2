<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>ExperimentViews</name>
    <message>
      <source>epochs</source>
      <translation>epoch</translation>
    </message>
    <message>
      <source>accuracy</source>
      <translation>识别精度</translation>
    </message>
    <message>
      <source>dashed: validation</source>
      <translation>虚线：验证数据</translation>
    </message>
    <message>
      <source>dashed: test images</source>
      <translation>虚线：测试数据</translation>
    </message>
    <message>
      <source>Solid: training images · {held}</source>
      <translation>实线：训练数据 · {held}</translation>
    </message>
    <message>
      <source>iterations</source>
      <translation>迭代次数</translation>
    </message>
    <message>
      <source>loss (smoothed)</source>
      <translation>损失（平滑后）</translation>
    </message>
    <message>
      <source>Loss per mini-batch, smoothed as in the book</source>
      <translation>每个 mini-batch 的损失，按书中方法平滑</translation>
    </message>
    <message>
      <source>Best-{rank}: lr {lr:.2g}, λ {decay:.2g}</source>
      <translation>Best-{rank}：学习率 {lr:.2g}，λ {decay:.2g}</translation>
    </message>
    <message>
      <source>log₁₀ learning rate</source>
      <translation>log₁₀ 学习率</translation>
    </message>
    <message>
      <source>log₁₀ weight decay λ</source>
      <translation>log₁₀ 权值衰减 λ</translation>
    </message>
    <message>
      <source>validation accuracy</source>
      <translation>验证数据的识别精度</translation>
    </message>
    <message>
      <source>The best trials so far, as the book's Figure 6-24</source>
      <translation>目前最好的几次试验（如书中图 6-24）</translation>
    </message>
    <message>
      <source>layer {n}</source>
      <translation>第 {n} 层</translation>
    </message>
    <message>
      <source>activations</source>
      <translation>激活值</translation>
    </message>
    <message>
      <source>gradients</source>
      <translation>梯度</translation>
    </message>
  </context>
</TS>